package org.algos.intervention.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A follow-up after a procedure (typically at 2 weeks, 3 and 6 months): pain now, the relief the
 * patient reports since the procedure, and function. The repeat rules read these.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "procedure_follow_up")
public class FollowUp {

    @Id
    @SequenceGenerator(name = "procedure_follow_up_seq", sequenceName = "procedure_follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_follow_up_seq")
    private Long id;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "follow_up_on", nullable = false)
    private LocalDate followUpOn;

    @Column(name = "pain_now", nullable = false)
    private int painNow;

    @Column(name = "relief_percent", nullable = false)
    private int reliefPercent;

    @Column(name = "function_note", length = 1000)
    private String functionNote;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected FollowUp() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public FollowUp(Long id, long procedureId, long patientId, LocalDate followUpOn, int painNow, int reliefPercent,
                    String functionNote, String recordedBy) {
        this.id = id;
        this.procedureId = procedureId;
        this.patientId = patientId;
        this.followUpOn = followUpOn;
        this.painNow = painNow;
        this.reliefPercent = reliefPercent;
        this.functionNote = functionNote;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public long procedureId() {
        return procedureId;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public int painNow() {
        return painNow;
    }

    public int reliefPercent() {
        return reliefPercent;
    }

    public String functionNote() {
        return functionNote;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
