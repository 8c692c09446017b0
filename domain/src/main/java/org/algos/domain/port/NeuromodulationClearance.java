package org.algos.domain.port;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The latest psychological evaluation's decision on neuromodulation (spinal cord stimulation),
 * for the intervention rules. Implemented by the care-plan module; until it is, no clearance
 * exists. Callers have already passed the access guard for this patient.
 */
public interface NeuromodulationClearance {

    /** A psychologist's decision on a date. */
    record Decision(LocalDate evaluatedOn, boolean cleared, boolean activeSubstanceUseDisorder) {
    }

    Optional<Decision> latestDecision(long patientId);
}
