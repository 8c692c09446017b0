package org.algos.intervention.procedure;

import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * A procedure read by its id with its follow-ups, and the proof of the access check that read it,
 * for the reads that follow in the same transaction (the eligibility findings of a booking).
 */
public record FoundProcedure(AuthorizedPatient patient, ProcedureRecord procedure, List<FollowUp> followUps) {

    public FoundProcedure {
        followUps = List.copyOf(followUps);
    }
}
