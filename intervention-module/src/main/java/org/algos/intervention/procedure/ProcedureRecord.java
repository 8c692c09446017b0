package org.algos.intervention.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.persistence.ColumnLengthCheck;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;

/**
 * One interventional procedure of a patient, from booking to completion: the eligibility
 * override (if a physician gave one), the safety checklist, the note and the immediate relief.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "procedure_record")
public class ProcedureRecord {

    @Id
    @SequenceGenerator(name = "procedure_record_seq", sequenceName = "procedure_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_record_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    /** The catalogue code, e.g. RFA_LUMBAR. */
    @Column(name = "procedure_code", nullable = false, length = 30)
    private String procedure;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Laterality side;

    @Column(length = 200)
    private String levels;

    @Column(name = "procedure_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProcedureStatus status;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(name = "overridden_by", length = 100)
    private String overriddenBy;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_after")
    private Integer painAfter;

    @Column(name = "relief_percent")
    private Double reliefPercent;

    @Embedded
    private SafetyChecklist checklist = new SafetyChecklist();

    @Embedded
    private ProcedureNote note;

    /** The physician who completed the procedure here; null for history recorded after the fact. */
    @Column(name = "performed_by", length = 100)
    private String performedBy;

    @Column(name = "booked_by", nullable = false, length = 100)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private LocalDateTime bookedAt;

    @Version
    private long version;

    protected ProcedureRecord() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public ProcedureRecord(Long id, long patientId, String procedure, Laterality side, List<String> levels,
                           LocalDate date, ProcedureStatus status, String bookedBy, LocalDateTime bookedAt) {
        this.id = id;
        this.patientId = patientId;
        this.procedure = procedure;
        this.side = side;
        this.levels = String.join(",", levels);
        this.date = date;
        this.status = status;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    /** A physician booked it against a refusing rule, with a written reason. */
    public void overrideEligibility(String reason, String physician) {
        this.overrideReason = reason;
        this.overriddenBy = physician;
    }

    public void checkIn() {
        requireStatus(ProcedureStatus.SCHEDULED, "checked in");
        status = ProcedureStatus.CHECKED_IN;
    }

    public void cancel() {
        if (status == ProcedureStatus.COMPLETED || status == ProcedureStatus.CANCELLED) {
            throw new ConflictException("A " + status.code() + " procedure cannot be cancelled.");
        }
        status = ProcedureStatus.CANCELLED;
    }

    public boolean tick(String item, ChecklistAnswer answer) {
        if (status == ProcedureStatus.COMPLETED || status == ProcedureStatus.CANCELLED) {
            throw new ConflictException("The checklist of a " + status.code() + " procedure is closed.");
        }
        return checklist().set(item, answer);
    }

    /**
     * Completes the procedure with its note and immediate pain scores. Refused while a checklist
     * item is open, naming the open items.
     */
    public void complete(ProcedureNote completedNote, PainScore before, PainScore after, String physician) {
        if (status != ProcedureStatus.SCHEDULED && status != ProcedureStatus.CHECKED_IN) {
            throw new ConflictException("A " + status.code() + " procedure cannot be completed.");
        }
        List<String> open = checklist().open();
        if (!open.isEmpty()) {
            throw InvalidInputException.of("checklist", "complete the safety checklist first: " + String.join("; ", open));
        }
        recordOutcome(completedNote, before, after);
        this.performedBy = physician;
    }

    /** For history entered after the fact (a procedure done elsewhere or before Algos). */
    public void recordOutcome(ProcedureNote completedNote, PainScore before, PainScore after) {
        this.note = completedNote;
        if (before != null && after != null) {
            this.painBefore = before.value();
            this.painAfter = after.value();
            this.reliefPercent = before.value() == 0 ? null
                    : Math.round(before.reliefPercentTo(after) * 10) / 10.0;
        }
        this.status = ProcedureStatus.COMPLETED;
    }

    private void requireStatus(ProcedureStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("Only a " + expected.code() + " procedure can be " + action + "; this one is "
                    + status.code() + ".");
        }
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String procedure() {
        return procedure;
    }

    public Laterality side() {
        return side;
    }

    public List<String> levels() {
        return levels == null || levels.isEmpty() ? List.of() : Arrays.asList(levels.split(","));
    }

    public LocalDate date() {
        return date;
    }

    public ProcedureStatus status() {
        return status;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String overriddenBy() {
        return overriddenBy;
    }

    public Integer painBefore() {
        return painBefore;
    }

    public Integer painAfter() {
        return painAfter;
    }

    public Double reliefPercent() {
        return reliefPercent;
    }

    /** JPA loads an embeddable whose columns are all empty as null: a checklist nobody ticked yet. */
    public SafetyChecklist checklist() {
        if (checklist == null) {
            checklist = new SafetyChecklist();
        }
        return checklist;
    }

    public ProcedureNote note() {
        return note;
    }

    public String performedBy() {
        return performedBy;
    }

    public String bookedBy() {
        return bookedBy;
    }

    public LocalDateTime bookedAt() {
        return bookedAt;
    }

    public long version() {
        return version;
    }
}
