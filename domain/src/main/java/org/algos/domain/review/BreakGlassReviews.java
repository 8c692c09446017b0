package org.algos.domain.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditSealer;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auditor's review of break-glass grants: the grants nobody has reviewed yet, oldest first,
 * each with the number of events its holder wrote on the patient while it lasted; one grant with
 * those events; and the verdict, recorded once per grant. The queue and the detail are audited
 * as audit reviews (without a patient, like the auditor's other reads of the trail); a verdict is
 * audited as a change naming the grant and the patient.
 */
@Stateless
@RolesAllowed(Role.AUDITOR_ROLE)
public class BreakGlassReviews {

    /** The most events one grant's detail lists; the count says how many there were. */
    public static final int MAX_EVENTS = 500;

    private static final String SUMMARY = "select new org.algos.domain.review.GrantSummary(g.id, u.username,"
            + " u.displayName, u.role, g.grantedAt, g.expiresAt, g.reason, g.writeReason, p.id, p.givenName,"
            + " p.familyName, p.mrn) from BreakGlassGrant g, ClinicUser u, Patient p"
            + " where u.username = g.username and p.id = g.patientId";

    private static final String OPEN = " not exists (select r.grantId from BreakGlassReview r where r.grantId = g.id)";

    /**
     * The events under a grant: its holder's, on its patient, from its start to its expiry. The
     * BREAK_GLASS event is the grant itself, shown as the grant, not counted among what was done.
     */
    private static final String UNDER_GRANT = " e.facts.patientId = g.patientId and e.facts.username = g.username"
            + " and e.facts.occurredAt >= g.grantedAt and e.facts.occurredAt <= g.expiresAt"
            + " and e.facts.action <> :grantAction";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditSealer sealer;

    @Inject
    private Clock clock;

    /** How long a grant may wait for its review, counted from its start (`algos.break-glass.review-hours`). */
    @Inject
    @ConfigProperty(name = "algos.break-glass.review-hours", defaultValue = "72")
    private int reviewHours;

    /** The grants not reviewed yet, oldest first, paged in the database. */
    public Page<GrantUnderReview> queue(int page, int size) {
        Page.checkRequest(page, size);
        Caller auditor = callers.current();
        sealQueued();
        audit.record(auditor, AuditRecord.success(AuditAction.READ, null, "BreakGlassGrant", "audit review",
                "break-glass review queue, page " + page, false));
        List<GrantSummary> grants = em.createQuery(SUMMARY + " and" + OPEN + " order by g.grantedAt, g.id",
                GrantSummary.class).setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, Long> counts = eventCounts(grants.stream().map(GrantSummary::grantId).toList());
        LocalDateTime now = Clocks.nowUtc(clock);
        List<GrantUnderReview> items = grants.stream()
                .map(g -> underReview(g, counts.getOrDefault(g.grantId(), 0L), false, now)).toList();
        return new Page<>(items, page, size, openCount());
    }

    /** One grant, reviewed or not, with the events under it (oldest first, at most {@link #MAX_EVENTS}). */
    public GrantReviewDetail detail(long grantId) {
        Caller auditor = callers.current();
        sealQueued();
        audit.record(auditor, AuditRecord.success(AuditAction.READ, null, "BreakGlassGrant/" + grantId,
                "audit review", "break-glass grant " + grantId + " with the events under it", false));
        GrantSummary grant = em.createQuery(SUMMARY + " and g.id = :id", GrantSummary.class)
                .setParameter("id", grantId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No break-glass grant " + grantId));
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e, BreakGlassGrant g where g.id = :id and"
                        + UNDER_GRANT + " order by e.id", AuditEvent.class)
                .setParameter("id", grantId).setParameter("grantAction", AuditAction.BREAK_GLASS)
                .setMaxResults(MAX_EVENTS).getResultList();
        long count = events.size() < MAX_EVENTS ? events.size()
                : eventCounts(List.of(grantId)).getOrDefault(grantId, 0L);
        BreakGlassReview review = em.find(BreakGlassReview.class, grantId);
        return new GrantReviewDetail(underReview(grant, count, review != null, Clocks.nowUtc(clock)), events, review);
    }

    /**
     * Records the verdict on a grant, once: a second review is refused (409). The grant's row is
     * locked first, so two auditors reviewing it at once see each other's review.
     */
    public BreakGlassReview review(long grantId, String verdict, String note) {
        Caller auditor = callers.current();
        FieldErrors errors = new FieldErrors();
        ReviewVerdict checkedVerdict = errors.requiredCode("verdict", verdict, ReviewVerdict.class,
                ReviewVerdict::code);
        String checkedNote = errors.optionalText("note", note, BreakGlassReview.MAX_NOTE_LENGTH);
        if (checkedVerdict == ReviewVerdict.NOT_JUSTIFIED && (note == null || note.isBlank())) {
            errors.add("note", "is required when the access was not justified: say why");
        }
        errors.throwIfAny();
        BreakGlassGrant grant = em.find(BreakGlassGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
        if (grant == null) {
            throw new NotFoundException("No break-glass grant " + grantId);
        }
        if (em.find(BreakGlassReview.class, grantId) != null) {
            throw new ConflictException("Break-glass grant " + grantId + " has been reviewed already;"
                    + " a review is not changed.");
        }
        BreakGlassReview review = new BreakGlassReview(grantId, checkedVerdict, checkedNote, auditor.username(),
                Clocks.nowUtc(clock));
        em.persist(review);
        audit.record(auditor, AuditRecord.success(AuditAction.CREATE, grant.patientId(), "BreakGlassReview/" + grantId,
                "audit review", "break-glass grant " + grantId + " of patient " + grant.patientId() + " reviewed: "
                        + checkedVerdict.words(), false));
        return review;
    }

    /** Grants waiting for a review; a count reveals no grant, so it is not itself audited. */
    public long openCount() {
        return em.createQuery("select count(g) from BreakGlassGrant g where" + OPEN, Long.class).getSingleResult();
    }

    /** Grants still waiting after the review time has passed since their start. */
    public long overdueCount() {
        return em.createQuery("select count(g) from BreakGlassGrant g where" + OPEN + " and g.grantedAt < :due",
                Long.class).setParameter("due", Clocks.nowUtc(clock).minus(reviewTime())).getSingleResult();
    }

    /** Within how many hours of its start a grant is to be reviewed. */
    public int reviewHours() {
        return reviewHours;
    }

    /** The events under each grant, in one grouped query; a grant under which nothing was done is absent. */
    private Map<Long, Long> eventCounts(List<Long> grantIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (grantIds.isEmpty()) {
            return counts;
        }
        TypedQuery<Object[]> query = em.createQuery("select g.id, count(e) from BreakGlassGrant g, AuditEvent e"
                + " where g.id in :ids and" + UNDER_GRANT + " group by g.id", Object[].class);
        for (Object[] row : query.setParameter("ids", grantIds).setParameter("grantAction", AuditAction.BREAK_GLASS)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private GrantUnderReview underReview(GrantSummary grant, long eventCount, boolean reviewed, LocalDateTime now) {
        LocalDateTime due = grant.grantedAt().plus(reviewTime());
        return new GrantUnderReview(grant, eventCount, due, !reviewed && now.isAfter(due));
    }

    private Duration reviewTime() {
        return Duration.ofHours(reviewHours);
    }

    /** An auditor sees every event committed before the request, as in the audit viewer. */
    private void sealQueued() {
        try {
            sealer.sealPending();
        } catch (RuntimeException e) {
            AuditSealer.logFailure(e); // the review still shows what is sealed
        }
    }
}
