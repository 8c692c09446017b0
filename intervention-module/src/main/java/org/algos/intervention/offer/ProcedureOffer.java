package org.algos.intervention.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * Whether the clinic offers one procedure of the catalogue; a procedure without a row is offered.
 * Keyed by the catalogue code, with who changed it last and when (UTC).
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "procedure_offer")
public class ProcedureOffer {

    @Id
    @Column(name = "procedure_code", length = 30)
    private String procedure;

    @Column(nullable = false)
    private boolean offered;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected ProcedureOffer() {
    }

    ProcedureOffer(String procedure, boolean offered, String changedBy, LocalDateTime changedAt) {
        this.procedure = procedure;
        change(offered, changedBy, changedAt);
    }

    void change(boolean nowOffered, String by, LocalDateTime at) {
        this.offered = nowOffered;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String procedure() {
        return procedure;
    }

    public boolean offered() {
        return offered;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
