package org.algos.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.BreakGlass;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The auditor's list of events, on the embedded database: by patient, flagged only for review, by
 * user, action and day.
 */
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

    @Test
    void eventsAreFilteredByUserActionAndDayInTheDatabase() {
        Patient jane = db.people().patient("Jane", "Filtered");
        Caller lee = db.people().physician("dr.lee.filter", jane);
        Caller er = db.people().physician("dr.er.filter");
        db.actAs(lee);
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        db.actAs(er);
        db.call(() -> db.service(BreakGlass.class).breakGlass(jane.id(), "on call, the patient collapsed"));
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        Caller auditor = db.people().staff("auditor.filter", Role.AUDITOR);
        db.actAs(auditor);
        LocalDate today = db.today();

        Page<AuditEvent> ofEr = db.call(() -> review.events(auditor,
                new AuditFilter(" " + er.username() + " ", null, null, null, null, false), 0, 20));
        Page<AuditEvent> grants = db.call(() -> review.events(auditor,
                new AuditFilter(null, jane.id(), AuditAction.BREAK_GLASS, today, today, true), 0, 20));
        Page<AuditEvent> yesterday = db.call(() -> review.events(auditor,
                new AuditFilter(null, jane.id(), null, today.minusDays(1), today.minusDays(1), false), 0, 20));

        assertEquals(2, ofEr.total(), ofEr::toString);
        assertTrue(ofEr.items().stream().allMatch(e -> e.username().equals(er.username())));
        assertEquals(AuditAction.READ, ofEr.items().get(0).action(), "newest first");
        assertEquals(1, grants.total());
        assertEquals(er.username(), grants.items().get(0).username());
        assertEquals(0, yesterday.total());
        assertEquals(2, db.call(() -> review.count(new AuditFilter(null, jane.id(), AuditAction.READ, today, null,
                false))));
        assertEquals("events of user " + er.username() + ", page 0", db.auditEventsOf(auditor).get(0).detail());
        assertEquals("events of patient " + jane.id() + ", action BREAK_GLASS, from " + today + ", to " + today
                + ", flagged only, page 0", db.auditEventsOf(auditor).get(1).detail());

        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> db.call(() -> review.events(
                auditor, new AuditFilter(null, null, null, today, today.minusDays(1), false), 0, 20)));
        assertEquals(List.of("to"), backwards.errors().stream().map(e -> e.field()).toList());
    }
}
