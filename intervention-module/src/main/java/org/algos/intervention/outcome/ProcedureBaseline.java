package org.algos.intervention.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.algos.domain.port.BaselineFacts;

/**
 * What the patient's record said just before a procedure ({@link BaselineFacts}), taken once when
 * it was completed so that the registry's subgroups do not move with later entries.
 */
@Entity
@EntityListeners(org.algos.domain.persistence.ColumnLengthCheck.class)
@Table(name = "procedure_baseline")
public class ProcedureBaseline {

    @Id
    @Column(name = "procedure_id")
    private long procedureId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "pcs_total")
    private Integer pcsTotal;

    @Column(name = "phq9_total")
    private Integer phq9Total;

    @Column(name = "phq9_band", length = 20)
    private String phq9Band;

    @Column(name = "mme_total")
    private Double mmeTotal;

    @Column(name = "mme_level", length = 10)
    private String mmeLevel;

    protected ProcedureBaseline() {
    }

    ProcedureBaseline(long procedureId, long patientId, BaselineFacts.Baseline facts) {
        this.procedureId = procedureId;
        this.patientId = patientId;
        take(facts);
    }

    /** Takes the facts again: a completion recorded anew replaces what was taken before. */
    final void take(BaselineFacts.Baseline facts) {
        pcsTotal = facts.pcsTotal();
        phq9Total = facts.phq9Total();
        phq9Band = facts.phq9Band();
        mmeTotal = facts.mmeTotal();
        mmeLevel = facts.mmeLevel();
    }

    public long procedureId() {
        return procedureId;
    }

    public BaselineFacts.Baseline facts() {
        return new BaselineFacts.Baseline(pcsTotal, phq9Total, phq9Band, mmeTotal, mmeLevel);
    }
}
