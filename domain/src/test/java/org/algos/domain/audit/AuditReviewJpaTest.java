package org.algos.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The auditor's list of events, on the embedded database: by patient, and flagged only for review. */
class AuditReviewJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    private final PatientAccessGuard guard = db.guard();
    private final AuditReview review = db.service(AuditReview.class);

    @Test
    void flaggedOnlyListsTheBreakGlassAccessAndTheRefusalsOfThePatient() {
        Patient jane = db.people().patient("Jane", "Flagged");
        Caller lee = db.people().physician("dr.lee.flag", jane);
        Caller er = db.people().physician("dr.er.flag");
        Caller stranger = db.people().physician("dr.stranger.flag");
        db.people().breakGlass(er, jane, Duration.ofMinutes(5), Duration.ofHours(2));
        db.actAs(lee);
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        db.actAs(er);
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        db.actAs(stranger);
        assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics")));

        Caller auditor = db.people().staff("auditor.flag", Role.AUDITOR);
        db.actAs(auditor);
        Page<AuditEvent> all = db.call(() -> review.events(auditor, jane.id(), false, 0, 20));
        Page<AuditEvent> flagged = db.call(() -> review.events(auditor, jane.id(), true, 0, 20));

        assertEquals(3, all.total());
        assertEquals(2, flagged.total(), () -> "break-glass read and the refusal: " + flagged.items());
        assertTrue(flagged.items().stream().allMatch(AuditEvent::flagged));
        assertEquals(stranger.username(), flagged.items().get(0).username(), "newest first");
        assertEquals(er.username(), flagged.items().get(1).username());
    }
}
