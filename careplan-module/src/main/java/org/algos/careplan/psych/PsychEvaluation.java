package org.algos.careplan.psych;

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
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A psychologist's evaluation: the instruments used, findings, and the decision on
 * neuromodulation (spinal cord stimulation) that the SCS trial rule reads.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "psych_evaluation")
public class PsychEvaluation {

    @Id
    @SequenceGenerator(name = "psych_evaluation_seq", sequenceName = "psych_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psych_evaluation_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    /** Instruments used, e.g. "PHQ9,GAD7,PCS". */
    @Column(length = 200)
    private String instruments;

    @Column(length = 4000)
    private String findings;

    @Column(name = "cleared_for_neuromodulation", nullable = false)
    private boolean clearedForNeuromodulation;

    @Column(name = "active_substance_use_disorder", nullable = false)
    private boolean activeSubstanceUseDisorder;

    @Column(length = 4000)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected PsychEvaluation() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public PsychEvaluation(Long id, long patientId, LocalDate evaluatedOn, String instruments, String findings,
                           boolean clearedForNeuromodulation, boolean activeSubstanceUseDisorder, String notes,
                           String recordedBy, LocalDateTime recordedAt) {
        this.id = id;
        this.patientId = patientId;
        this.evaluatedOn = evaluatedOn;
        this.instruments = instruments;
        this.findings = findings;
        this.clearedForNeuromodulation = clearedForNeuromodulation;
        this.activeSubstanceUseDisorder = activeSubstanceUseDisorder;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    public String instruments() {
        return instruments;
    }

    public String findings() {
        return findings;
    }

    public boolean clearedForNeuromodulation() {
        return clearedForNeuromodulation;
    }

    public boolean activeSubstanceUseDisorder() {
        return activeSubstanceUseDisorder;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
