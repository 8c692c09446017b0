package org.algos.intervention;

import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.intervention.offer.ProcedureOffer;
import org.algos.intervention.outcome.ProcedureBaseline;
import org.algos.intervention.outcome.ProcedureOutcome;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.SafetyChecklist;

/** The intervention module's tables and entities for the JPA tests. */
public final class InterventionPersistence {

    private InterventionPersistence() {
    }

    public static InMemoryDatabase database() {
        return InMemoryDatabase.forModule("intervention", ProcedureRecord.class, SafetyChecklist.class,
                ProcedureNote.class, FollowUp.class, ProcedureOffer.class, ProcedureOutcome.class,
                ProcedureBaseline.class);
    }
}
