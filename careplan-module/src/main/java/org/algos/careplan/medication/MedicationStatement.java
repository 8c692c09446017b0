package org.algos.careplan.medication;

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
import org.algos.domain.port.ActiveMedications;

/**
 * One entry of the patient's medication list (a FHIR MedicationStatement): generic name, dose and
 * frequency or a patch rate, start and stop dates.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "medication")
public class MedicationStatement {

    @Id
    @SequenceGenerator(name = "medication_seq", sequenceName = "medication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "medication_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    /** Generic name in lower case, so "Oxycodone" and "oxycodone" are one drug. */
    @Column(nullable = false, length = 100)
    private String drug;

    @Column(name = "dose_mg")
    private Double doseMg;

    @Column(length = 30)
    private String route;

    @Column(name = "doses_per_day")
    private Double dosesPerDay;

    @Column(name = "mcg_per_hour")
    private Double mcgPerHour;

    @Column(length = 200)
    private String indication;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "stopped_on")
    private LocalDate stoppedOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected MedicationStatement() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public MedicationStatement(Long id, long patientId, String drug, Double doseMg, String route, Double dosesPerDay,
                               Double mcgPerHour, String indication, LocalDate startedOn, LocalDate stoppedOn,
                               String recordedBy, LocalDateTime recordedAt) {
        this.id = id;
        this.patientId = patientId;
        this.drug = drug;
        this.doseMg = doseMg;
        this.route = route;
        this.dosesPerDay = dosesPerDay;
        this.mcgPerHour = mcgPerHour;
        this.indication = indication;
        this.startedOn = startedOn;
        this.stoppedOn = stoppedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Records the last day the drug is taken; a later date than one already recorded is allowed
     * (the stop was postponed), a date before the start is not (the caller checks).
     */
    public void stop(LocalDate lastDayTaken) {
        stoppedOn = lastDayTaken;
    }

    /** Taken on the day: started on or before it (or at an unknown date) and not stopped before it. */
    public boolean isActiveOn(LocalDate day) {
        return (startedOn == null || !startedOn.isAfter(day)) && (stoppedOn == null || !stoppedOn.isBefore(day));
    }

    public OpioidDose dose() {
        return new OpioidDose(drug, doseMg, dosesPerDay, mcgPerHour);
    }

    public ActiveMedications.Medication fact() {
        return new ActiveMedications.Medication(drug, indication, startedOn, stoppedOn);
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String drug() {
        return drug;
    }

    public Double doseMg() {
        return doseMg;
    }

    public String route() {
        return route;
    }

    public Double dosesPerDay() {
        return dosesPerDay;
    }

    public Double mcgPerHour() {
        return mcgPerHour;
    }

    public String indication() {
        return indication;
    }

    /** The first day taken; null when unknown (a home medication, say). */
    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate stoppedOn() {
        return stoppedOn;
    }

    /** The staff member who put the drug on the list (a user name). */
    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
