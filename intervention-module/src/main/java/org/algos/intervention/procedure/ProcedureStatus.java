package org.algos.intervention.procedure;

import java.util.Locale;
import org.algos.intervention.eligibility.ProcedureHistory;

/** Where a procedure is in its day: booked, arrived, done, or called off. */
public enum ProcedureStatus {
    SCHEDULED, CHECKED_IN, COMPLETED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As the eligibility rules see it: done, called off, or still to come (checked in counts as to come). */
    ProcedureHistory.Status forRules() {
        return switch (this) {
            case COMPLETED -> ProcedureHistory.Status.COMPLETED;
            case CANCELLED -> ProcedureHistory.Status.CANCELLED;
            default -> ProcedureHistory.Status.SCHEDULED;
        };
    }
}
