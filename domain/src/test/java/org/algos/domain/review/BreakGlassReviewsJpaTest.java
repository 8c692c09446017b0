package org.algos.domain.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.BreakGlass;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The break-glass review queue on the embedded database: order and paging, what was done under
 * each grant, when a review is overdue (the clock is fixed), and a verdict recorded once and audited.
 */
class BreakGlassReviewsJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    private final BreakGlassReviews reviews = db.service(BreakGlassReviews.class);
    private final PatientAccessGuard guard = db.guard();

    private Caller auditor() {
        Caller auditor = db.people().staff("auditor", Role.AUDITOR);
        db.actAs(auditor);
        return auditor;
    }

    /** Every page of the queue, two grants a page. */
    private List<GrantUnderReview> wholeQueue() {
        List<GrantUnderReview> all = new ArrayList<>();
        Page<GrantUnderReview> page;
        int number = 0;
        do {
            int asked = number++;
            page = db.call(() -> reviews.queue(asked, 2));
            assertTrue(page.items().size() <= 2, page::toString);
            all.addAll(page.items());
        } while (!page.items().isEmpty());
        assertEquals(all.size(), page.total(), "the total counts every open grant");
        return all;
    }

    private static List<Long> grantsOf(List<GrantUnderReview> queue, Patient patient) {
        return queue.stream().filter(g -> g.grant().patientId() == patient.id()).map(g -> g.grant().grantId()).toList();
    }

    @Test
    void theQueueListsOpenGrantsOldestFirstPagedInTheDatabase() {
        Patient jane = db.people().patient("Jane", "Queue");
        Caller er = db.people().physician("dr.er.queue");
        BreakGlassGrant newest = db.people().breakGlass(er, jane, Duration.ofHours(1), Duration.ofHours(2));
        BreakGlassGrant oldest = db.people().breakGlass(er, jane, Duration.ofHours(30), Duration.ofHours(2));
        BreakGlassGrant middle = db.people().breakGlass(er, jane, Duration.ofHours(5), Duration.ofHours(2));
        auditor();

        List<GrantUnderReview> queue = wholeQueue();

        assertEquals(List.of(oldest.id(), middle.id(), newest.id()), grantsOf(queue, jane));
        List<GrantUnderReview> sorted = queue.stream()
                .sorted(Comparator.comparing((GrantUnderReview g) -> g.grant().grantedAt())).toList();
        assertEquals(sorted, queue, "oldest first across pages");
        GrantSummary first = queue.stream().filter(g -> g.grant().grantId() == oldest.id()).findFirst().orElseThrow()
                .grant();
        assertEquals(er.username(), first.username());
        assertEquals("dr.er.queue", first.displayName());
        assertEquals(Role.PHYSICIAN, first.role());
        assertEquals("Queue, Jane", first.patientName());
        assertEquals(jane.mrn(), first.mrn());
        assertEquals("unconscious in the emergency room", first.reason());
        assertEquals(db.now().minusHours(30), first.grantedAt());
        assertEquals(db.now().minusHours(28), first.expiresAt());
    }

    @Test
    void eachGrantCountsTheEventsItsHolderWroteOnThePatientWhileItLasted() {
        Patient jane = db.people().patient("Jane", "Counted");
        Patient other = db.people().patient("John", "Counted");
        Caller lee = db.people().physician("dr.lee.count", jane);
        Caller er = db.people().physician("dr.er.count");
        BreakGlassGrant lapsed = db.people().breakGlass(er, jane, Duration.ofHours(3), Duration.ofHours(1));
        db.people().breakGlass(er, other, Duration.ofMinutes(5), Duration.ofHours(2));
        db.actAs(er);
        BreakGlassGrant live = db.call(() -> db.service(BreakGlass.class).breakGlass(jane.id(),
                "called to the ward, patient unresponsive"));
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Medication", "medications listed"));
        assertThrows(AccessDeniedException.class,
                () -> db.call(() -> guard.authorize(jane.id(), AuditAction.CREATE, "Medication/1", "medication added")));
        db.call(() -> guard.authorize(other.id(), AuditAction.READ, "Patient", "demographics"));
        db.actAs(lee);
        db.call(() -> guard.authorize(jane.id(), AuditAction.READ, "Patient", "demographics"));
        auditor();

        List<GrantUnderReview> queue = wholeQueue();
        GrantUnderReview underLive = queue.stream().filter(g -> g.grant().grantId() == live.id()).findFirst()
                .orElseThrow();
        GrantUnderReview underLapsed = queue.stream().filter(g -> g.grant().grantId() == lapsed.id()).findFirst()
                .orElseThrow();

        assertEquals(3, underLive.eventCount(), "two reads and the refused write; not the grant, not others' events");
        assertEquals(0, underLapsed.eventCount(), "nothing was done while the older grant lasted");
        GrantReviewDetail detail = db.call(() -> reviews.detail(live.id()));
        assertEquals(3, detail.events().size());
        assertFalse(detail.eventsCut());
        assertTrue(detail.events().stream().allMatch(e -> e.username().equals(er.username())
                && jane.id().equals(e.patientId()) && e.action() != AuditAction.BREAK_GLASS), detail.events()::toString);
        assertArrayEquals(detail.events().stream().mapToLong(AuditEvent::id).sorted().toArray(),
                detail.events().stream().mapToLong(AuditEvent::id).toArray(), "oldest first, newest last");
        assertEquals("Medication/1", detail.events().get(2).resource());
        assertEquals("called to the ward, patient unresponsive", detail.grant().grant().reason());
        assertNull(detail.review());
    }

    @Test
    void aGrantNotReviewedWithinTheReviewHoursOfItsStartIsOverdue() {
        Patient jane = db.people().patient("Jane", "Overdue");
        Caller er = db.people().physician("dr.er.overdue");
        Caller auditor = auditor();
        long openBefore = db.call(() -> reviews.openCount());
        long overdueBefore = db.call(() -> reviews.overdueCount());
        BreakGlassGrant late = db.people().breakGlass(er, jane, Duration.ofHours(73), Duration.ofHours(2));
        BreakGlassGrant due = db.people().breakGlass(er, jane, Duration.ofHours(71), Duration.ofHours(2));

        List<GrantUnderReview> queue = wholeQueue();

        GrantUnderReview lateOne = queue.stream().filter(g -> g.grant().grantId() == late.id()).findFirst().orElseThrow();
        GrantUnderReview dueOne = queue.stream().filter(g -> g.grant().grantId() == due.id()).findFirst().orElseThrow();
        assertTrue(lateOne.overdue(), "73 hours since the grant, 72 allowed");
        assertFalse(dueOne.overdue(), "71 hours since the grant");
        assertEquals(db.now().plusHours(1), dueOne.reviewDue());
        assertEquals(openBefore + 2, db.call(() -> reviews.openCount()));
        assertEquals(overdueBefore + 1, db.call(() -> reviews.overdueCount()));

        db.actAs(auditor);
        db.call(() -> reviews.review(late.id(), "justified", null));
        assertEquals(overdueBefore, db.call(() -> reviews.overdueCount()), "a review, however late, closes it");
        assertFalse(db.call(() -> reviews.detail(late.id())).grant().overdue());
    }

    @Test
    void aReviewIsRecordedOnceAndTheGrantLeavesTheQueue() {
        Patient jane = db.people().patient("Jane", "Reviewed");
        Caller er = db.people().physician("dr.er.reviewed");
        BreakGlassGrant grant = db.people().breakGlass(er, jane, Duration.ofHours(2), Duration.ofHours(2));
        Caller auditor = auditor();

        BreakGlassReview review = db.call(() -> reviews.review(grant.id(), "not-justified",
                "  No emergency in the notes; the patient was seen in clinic the same day.  "));

        assertEquals(ReviewVerdict.NOT_JUSTIFIED, review.verdict());
        assertEquals("No emergency in the notes; the patient was seen in clinic the same day.", review.note());
        assertEquals(auditor.username(), review.reviewedBy());
        assertEquals(db.now(), review.reviewedAt());
        assertTrue(grantsOf(wholeQueue(), jane).isEmpty(), "reviewed grants leave the queue");
        BreakGlassReview stored = db.call(() -> reviews.detail(grant.id())).review();
        assertNotNull(stored);
        assertEquals(ReviewVerdict.NOT_JUSTIFIED, stored.verdict());
        ConflictException again = assertThrows(ConflictException.class,
                () -> db.call(() -> reviews.review(grant.id(), "justified", null)));
        assertTrue(again.getMessage().contains("reviewed already"), again.getMessage());
        assertEquals(ReviewVerdict.NOT_JUSTIFIED, db.call(() -> reviews.detail(grant.id())).review().verdict(),
                "the first review stands");
    }

    @Test
    void aReviewIsAuditedNamingTheGrantAndThePatient() {
        Patient jane = db.people().patient("Jane", "Audited");
        Caller er = db.people().physician("dr.er.audited");
        BreakGlassGrant grant = db.people().breakGlass(er, jane, Duration.ofHours(2), Duration.ofHours(2));
        Caller auditor = auditor();

        db.call(() -> reviews.review(grant.id(), "justified", ""));

        List<AuditEvent> written = db.auditEventsOf(auditor).stream()
                .filter(e -> e.action() == AuditAction.CREATE).toList();
        assertEquals(1, written.size(), written::toString);
        AuditEvent event = written.get(0);
        assertEquals("BreakGlassReview/" + grant.id(), event.resource());
        assertEquals(jane.id(), event.patientId());
        assertEquals("audit review", event.purpose());
        assertEquals("break-glass grant " + grant.id() + " of patient " + jane.id() + " reviewed: justified",
                event.detail());
        assertEquals("auditor", event.userRole());
        assertFalse(event.flagged());
    }

    @Test
    void aBadVerdictOrANotJustifiedVerdictWithoutANoteIsRefusedNamingTheField() {
        Patient jane = db.people().patient("Jane", "Refused");
        BreakGlassGrant grant = db.people().breakGlass(db.people().physician("dr.er.refused"), jane,
                Duration.ofHours(2), Duration.ofHours(2));
        auditor();

        InvalidInputException noNote = assertThrows(InvalidInputException.class,
                () -> db.call(() -> reviews.review(grant.id(), "not-justified", "   ")));
        InvalidInputException badVerdict = assertThrows(InvalidInputException.class,
                () -> db.call(() -> reviews.review(grant.id(), "maybe", null)));
        InvalidInputException longNote = assertThrows(InvalidInputException.class,
                () -> db.call(() -> reviews.review(grant.id(), "justified", "x".repeat(1001))));

        assertEquals(List.of("note"), noNote.errors().stream().map(e -> e.field()).toList());
        assertEquals(List.of("verdict"), badVerdict.errors().stream().map(e -> e.field()).toList());
        assertTrue(badVerdict.errors().get(0).message().contains("justified, not-justified"),
                badVerdict.errors()::toString);
        assertEquals(List.of("note"), longNote.errors().stream().map(e -> e.field()).toList());
        assertTrue(grantsOf(wholeQueue(), jane).contains(grant.id()), "still open");
        assertThrows(NotFoundException.class, () -> db.call(() -> reviews.review(987_654_321L, "justified", null)));
        assertThrows(NotFoundException.class, () -> db.call(() -> reviews.detail(987_654_321L)));
    }

    @Test
    void theQueueAndItsDetailAreAuditedAsAuditReviewsWithoutAPatient() {
        Patient jane = db.people().patient("Jane", "Listed");
        BreakGlassGrant grant = db.people().breakGlass(db.people().physician("dr.er.listed"), jane,
                Duration.ofHours(2), Duration.ofHours(2));
        Caller auditor = auditor();

        db.call(() -> reviews.queue(0, 10));
        db.call(() -> reviews.detail(grant.id()));

        List<AuditEvent> events = db.auditEventsOf(auditor);
        assertEquals(List.of("break-glass review queue, page 0", "break-glass grant " + grant.id()
                + " with the events under it"), events.stream().map(AuditEvent::detail).toList());
        assertTrue(events.stream().allMatch(e -> e.patientId() == null && e.action() == AuditAction.READ
                && "audit review".equals(e.purpose())), events::toString);
    }

    /**
     * The container refuses other roles before a method runs, which this harness does not do; so
     * the declaration itself is checked: auditors only, on the class, and no method admits more.
     */
    @Test
    void onlyAuditorsMayCallTheReviewService() {
        assertArrayEquals(new String[] {Role.AUDITOR_ROLE},
                BreakGlassReviews.class.getAnnotation(RolesAllowed.class).value());
        for (Method method : BreakGlassReviews.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                RolesAllowed own = method.getAnnotation(RolesAllowed.class);
                assertTrue(own == null || List.of(own.value()).equals(List.of(Role.AUDITOR_ROLE)), method::toString);
            }
        }
    }
}
