package org.algos.intervention.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;

/**
 * A procedure of the patient, scheduled, performed or cancelled, as the rules need it.
 *
 * @param side                 the side; null for procedures without one
 * @param reliefPercent        pain relief recorded at follow-up; null when not documented
 * @param reliefDurationMonths how long that relief lasted, in whole months; null when not documented
 */
public record ProcedureHistory(Procedure procedure, Laterality side, LocalDate date, Status status,
                               Double reliefPercent, Integer reliefDurationMonths) {

    /** Where the procedure stands. A cancelled one never counts against a limit. */
    public enum Status {
        SCHEDULED, COMPLETED, CANCELLED
    }

    public ProcedureHistory {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
    }

    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    /** Performed or still planned: what counts against a session limit. */
    public boolean isCountedAsSession() {
        return status != Status.CANCELLED;
    }

    /** Whether this procedure treated {@code single}; a bilateral one treated both sides. */
    public boolean covers(Laterality single) {
        return side != null && side.covers(single);
    }
}
