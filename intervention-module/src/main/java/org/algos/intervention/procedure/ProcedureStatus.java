package org.algos.intervention.procedure;

import java.util.Locale;

/** Where a procedure is in its day: booked, arrived, done, or called off. */
public enum ProcedureStatus {
    SCHEDULED, CHECKED_IN, COMPLETED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
