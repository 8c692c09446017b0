package org.algos.careplan.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/** One day of the patient's pain diary: pain (NRS 0–10), sleep, activity, medication taken, a note. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "diary_entry")
public class DiaryEntry {

    @Id
    @SequenceGenerator(name = "diary_entry_seq", sequenceName = "diary_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diary_entry_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "entry_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int pain;

    @Column(name = "sleep_hours")
    private Double sleepHours;

    @Column(name = "activity_minutes")
    private Integer activityMinutes;

    @Column(name = "medication_taken", length = 500)
    private String medicationTaken;

    @Column(length = 1000)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected DiaryEntry() {
    }

    public DiaryEntry(long patientId, LocalDate day) {
        this.patientId = patientId;
        this.day = day;
    }

    /** A patient may correct the day's entry; the last word of the day counts. */
    public void write(int pain, Double sleepHours, Integer activityMinutes, String medicationTaken, String note,
                      LocalDateTime at) {
        this.pain = pain;
        this.sleepHours = sleepHours;
        this.activityMinutes = activityMinutes;
        this.medicationTaken = medicationTaken;
        this.note = note;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public int pain() {
        return pain;
    }

    public Double sleepHours() {
        return sleepHours;
    }

    public Integer activityMinutes() {
        return activityMinutes;
    }

    public String medicationTaken() {
        return medicationTaken;
    }

    public String note() {
        return note;
    }
}
