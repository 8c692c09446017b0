package org.algos.domain.port;

import java.time.LocalDate;
import java.util.Optional;
import org.algos.domain.access.AuthorizedPatient;

/**
 * The latest psychological evaluation's decision on neuromodulation (spinal cord stimulation),
 * for the intervention rules. Implemented by the care-plan module; until it is, no clearance
 * exists. It takes the proof that the caller passed the access guard, and audits nothing itself.
 */
public interface NeuromodulationClearance {

    /** A psychologist's decision on a date. */
    record Decision(LocalDate evaluatedOn, boolean cleared, boolean activeSubstanceUseDisorder) {
    }

    Optional<Decision> latestDecision(AuthorizedPatient patient);
}
