package org.algos.careplan.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A multidisciplinary case conference about one patient: when, who attended, what was decided,
 * and the care plan that was active at the time. Kept as recorded.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "case_conference")
public class CaseConference {

    @Id
    @SequenceGenerator(name = "case_conference_seq", sequenceName = "case_conference_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_conference_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "care_plan_id")
    private Long carePlanId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** Usernames, comma-separated. */
    @Column(nullable = false, length = 1000)
    private String attendees;

    @Column(length = 4000)
    private String decisions;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected CaseConference() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public CaseConference(Long id, long patientId, Long carePlanId, LocalDate heldOn, List<String> attendees,
                          String decisions, String recordedBy, LocalDateTime recordedAt) {
        this.id = id;
        this.patientId = patientId;
        this.carePlanId = carePlanId;
        this.heldOn = heldOn;
        this.attendees = String.join(",", attendees);
        this.decisions = decisions;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public Long carePlanId() {
        return carePlanId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<String> attendees() {
        return attendees == null || attendees.isEmpty() ? List.of() : Arrays.asList(attendees.split(","));
    }

    public String decisions() {
        return decisions;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
