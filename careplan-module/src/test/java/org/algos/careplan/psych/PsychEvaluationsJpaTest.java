package org.algos.careplan.psych;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Psychological evaluations as stored, and what the audit trail says about them. */
class PsychEvaluationsJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final PsychEvaluations evaluations = db.service(PsychEvaluations.class);

    @Test
    void recordingAnEvaluationIsAuditedByItsIdWithoutTheClearanceOrFindings() {
        Patient jane = db.people().patient("Jane", "Moss");
        Caller novak = db.people().staff("psy.novak", Role.PSYCHOLOGIST, jane);
        db.actAs(novak);

        PsychEvaluation recorded = db.call(() -> evaluations.record(jane.id(), new PsychEvaluations.Entry(
                db.today().toString(), List.of("PCS"), "Marked catastrophizing", false, true, "Revisit in spring")));

        List<AuditEvent> events = db.auditEventsOf(novak);
        assertEquals(1, events.size());
        AuditEvent event = events.get(0);
        assertEquals(AuditAction.CREATE, event.action());
        assertEquals("PsychEvaluation/" + recorded.id(), event.resource());
        assertEquals("psychological evaluation " + recorded.id() + " recorded", event.detail());
        String written = event.detail().toLowerCase(Locale.ROOT);
        for (String clinical : List.of("cleared", "neuromodulation", "catastrophizing", "spring", "substance")) {
            assertFalse(written.contains(clinical), event.detail());
        }
        assertEquals(recorded.id(), db.call(() -> evaluations.list(jane.id())).get(0).id(),
                "stored under the audited id");
    }
}
