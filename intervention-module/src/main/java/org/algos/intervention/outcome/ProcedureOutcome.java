package org.algos.intervention.outcome;

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
import java.time.temporal.ChronoUnit;
import org.algos.domain.port.ProcedureFollowUps;

/**
 * A procedure's outcome at one follow-up point, from the questionnaires its schedule asked: pain
 * now against the pain recorded before the procedure, and function against the last score before
 * it. Pain and function come in separately (PEG, then ODI, or the other way round), each filling
 * its part.
 */
@Entity
@EntityListeners(org.algos.domain.persistence.ColumnLengthCheck.class)
@Table(name = "procedure_outcome")
public class ProcedureOutcome {

    @Id
    @SequenceGenerator(name = "procedure_outcome_seq", sequenceName = "procedure_outcome_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_outcome_seq")
    private Long id;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "follow_up_point", nullable = false, length = 4)
    private String point;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "days_after", nullable = false)
    private int daysAfter;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_now")
    private Integer painNow;

    @Column(name = "function_instrument", length = 10)
    private String functionInstrument;

    @Column(name = "function_score")
    private Double functionScore;

    @Column(name = "function_baseline")
    private Double functionBaseline;

    @Column(name = "function_improved")
    private Boolean functionImproved;

    @Version
    private long version;

    protected ProcedureOutcome() {
    }

    /** The outcome of a procedure done on {@code procedureDate} at {@code point}, before any answer is taken. */
    public ProcedureOutcome(long procedureId, long patientId, String point, LocalDate procedureDate, Integer painBefore,
                            LocalDate answeredOn) {
        this.procedureId = procedureId;
        this.patientId = patientId;
        this.point = point;
        this.painBefore = painBefore;
        this.answeredOn = answeredOn;
        this.daysAfter = (int) ChronoUnit.DAYS.between(procedureDate, answeredOn);
    }

    /** Takes what the answers say: pain, function, or both; the later answer's day counts. */
    void take(ProcedureFollowUps.Answered answered, LocalDate procedureDate) {
        if (answered.painNow() != null) {
            painNow = answered.painNow();
        }
        if (answered.functionInstrument() != null) {
            functionInstrument = answered.functionInstrument();
            functionScore = answered.function();
            functionBaseline = answered.functionBaseline();
            functionImproved = answered.functionImproved();
        }
        if (answered.answeredOn().isAfter(answeredOn)) {
            answeredOn = answered.answeredOn();
            daysAfter = (int) ChronoUnit.DAYS.between(procedureDate, answeredOn);
        }
    }

    public long procedureId() {
        return procedureId;
    }

    public String point() {
        return point;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public int daysAfter() {
        return daysAfter;
    }

    public Integer painBefore() {
        return painBefore;
    }

    public Integer painNow() {
        return painNow;
    }

    public String functionInstrument() {
        return functionInstrument;
    }

    public Double functionScore() {
        return functionScore;
    }

    public Double functionBaseline() {
        return functionBaseline;
    }

    public Boolean functionImproved() {
        return functionImproved;
    }
}
