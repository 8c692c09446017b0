package org.algos.domain.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * The auditor's view of the trail: events newest first (all, or filtered by user, patient, action,
 * days and the review flag),
 * the signed checkpoints, and a check of the chain against them. Each of these reads is itself
 * audited. Before reading, whatever is queued is sealed, so an auditor sees every event
 * committed before the request.
 */
@Stateless
@RolesAllowed(Role.AUDITOR_ROLE)
public class AuditReview {

    private static final int VERIFY_BATCH = 2000;

    /** EclipseLink's hint to bind a query's parameters whatever the database platform's default. */
    private static final String BIND = "eclipselink.jdbc.bind-parameters";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditSealer sealer;

    @Inject
    private AuditSequencer sequencer;

    @Inject
    private AuditCheckpoints checkpoints;

    public Page<AuditEvent> events(Caller auditor, Long patientId, boolean flaggedOnly, int page, int size) {
        return events(auditor, AuditFilter.of(patientId, flaggedOnly), page, size);
    }

    /** The events the filter admits, newest first, paged in the database. */
    public Page<AuditEvent> events(Caller auditor, AuditFilter filter, int page, int size) {
        FieldErrors errors = new FieldErrors();
        Page.checkRequest(page, size, errors);
        filter.check(errors);
        errors.throwIfAny();
        sealQueued();
        audit.record(auditor, AuditRecord.success(AuditAction.READ, null, "AuditEvent", "audit review",
                "events" + filter.described() + ", page " + page, false));
        if (filter.isEverything()) {
            return everything(page, size);
        }
        List<AuditEvent> items = filtered("select e from AuditEvent e", " order by e.id desc", AuditEvent.class,
                filter).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count(filter));
    }

    /** One event by its position in the chain (a FHIR AuditEvent read); the read is audited. */
    public AuditEvent event(Caller auditor, long id) {
        sealQueued();
        audit.record(auditor, AuditRecord.success(AuditAction.READ, null, "AuditEvent/" + id, "audit review",
                "event " + id, false));
        AuditEvent event = em.find(AuditEvent.class, id);
        if (event == null) {
            throw new NotFoundException("No audit event " + id);
        }
        return event;
    }

    /** How many events a listing has, for a pager; a count reveals no event, so it is not itself audited. */
    public long count(Long patientId, boolean flaggedOnly) {
        return count(AuditFilter.of(patientId, flaggedOnly));
    }

    /** As {@link #count(Long, boolean)}, for any filter. */
    public long count(AuditFilter filter) {
        if (filter.isEverything()) {
            return sequencer.tail().position();
        }
        return filtered("select count(e) from AuditEvent e", "", Long.class, filter).getSingleResult();
    }

    /**
     * A query of the events the filter admits. Conditions are added only when asked for:
     * PostgreSQL cannot type a null parameter in "? is null". The flag is a bound parameter:
     * EclipseLink writes the literal true, and an unbound parameter, as 1 on H2, which H2 2
     * refuses to compare with a boolean column. Each filter has an index: the patient, the flag,
     * the user and the action each with the position after it (audit_event_patient_idx,
     * _flagged_idx, _user_idx, _action_idx), so a page newest first reads one index backwards and
     * a count reads the index only; the days by the time (_occurred_idx). Days are UTC, {@code to}
     * included.
     */
    private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, AuditFilter filter) {
        TypedQuery<T> query = em.createQuery(select + " where 1 = 1"
                + (filter.username() == null ? "" : " and e.facts.username = :username")
                + (filter.patientId() == null ? "" : " and e.facts.patientId = :patientId")
                + (filter.action() == null ? "" : " and e.facts.action = :action")
                + (filter.from() == null ? "" : " and e.facts.occurredAt >= :from")
                + (filter.to() == null ? "" : " and e.facts.occurredAt < :afterTo")
                + (filter.flaggedOnly() ? " and e.facts.flagged = :flagged" : "") + order, type);
        if (filter.username() != null) {
            query.setParameter("username", filter.username());
        }
        if (filter.patientId() != null) {
            query.setParameter("patientId", filter.patientId());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            query.setParameter("afterTo", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.flaggedOnly()) {
            query.setParameter("flagged", Boolean.TRUE).setHint(BIND, "TRUE");
        }
        return query;
    }

    /**
     * The whole trail: positions have no gaps, so the head gives the count and a page is a range
     * of positions read by the primary key, however deep the page.
     */
    private Page<AuditEvent> everything(int page, int size) {
        long newest = sequencer.tail().position();
        long to = newest - (long) page * size;
        List<AuditEvent> items = to < 1 ? List.of()
                : em.createQuery("select e from AuditEvent e where e.id <= :to and e.id > :from order by e.id desc",
                                AuditEvent.class)
                        .setParameter("to", to).setParameter("from", to - size).getResultList();
        return new Page<>(items, page, size, newest);
    }

    /**
     * Walks the chain against the signed checkpoints, a bounded query at a time and outside any
     * long transaction. With {@code resume}, starts after the checkpoint the last complete walk
     * passed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify(Caller auditor, boolean resume) {
        sealQueued();
        audit.recordAlone(auditor.username(), auditor.role().code(), AuditRecord.success(AuditAction.READ, null,
                "AuditEvent", "audit review", resume ? "chain verification, resumed" : "chain verification", false));
        SealedBatch head = sequencer.tail();
        try (Stream<AuditCheckpoint> log = checkpoints.all()) {
            Iterator<AuditCheckpoint> checkpointsInOrder = log.iterator();
            AuditChainVerifier verifier = checkpoints.verifier(checkpointsInOrder);
            long after = 0;
            Optional<AuditCheckpoint> from = resume ? checkpoints.lastVerified().flatMap(checkpoints::at) : Optional.empty();
            if (from.isPresent()) {
                verifier.resumeAfter(from.get(), sequencer.at(from.get().position()));
                after = from.get().position();
            }
            List<AuditEvent> batch;
            do {
                batch = sequencer.after(after, VERIFY_BATCH);
                for (AuditEvent event : batch) {
                    if (!verifier.accept(event)) {
                        return verifier.finish(head.position(), head.hash());
                    }
                    after = event.id();
                }
            } while (batch.size() == VERIFY_BATCH);
            AuditVerification result = verifier.finish(head.position(), head.hash());
            if (result.intact() && verifier.lastPassed() != null) {
                checkpoints.markVerified(verifier.lastPassed().position());
            }
            return result;
        }
    }

    /** The newest signed checkpoints first. */
    public List<AuditCheckpoint> checkpoints(Caller auditor, int page, int size) {
        Page.checkRequest(page, size);
        audit.record(auditor, AuditRecord.success(AuditAction.READ, null, "AuditCheckpoint", "audit review",
                "checkpoints, page " + page, false));
        return checkpoints.newest(page * size, size);
    }

    public SequencerStatus sequencer(Caller auditor, boolean resetLag) {
        audit.record(auditor, AuditRecord.success(AuditAction.READ, null, "AuditSequencer", "audit review",
                "sequencer status", false));
        if (resetLag) {
            sealer.resetLag();
        }
        return sealer.status();
    }

    private void sealQueued() {
        try {
            sealer.sealPending();
        } catch (RuntimeException e) {
            AuditSealer.logFailure(e); // the view still shows what is sealed
        }
    }
}
