package org.algos.domain.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Integrates queued events into the chain, a batch per transaction: takes the chain head for
 * update (only sequencers do, so a second node waits here rather than forking the chain), gives
 * the committed queued events their positions in queue order, links them, and removes them from
 * the queue, all in one commit. Events still uncommitted are simply taken by a later batch.
 */
@Stateless
@PermitAll // runs for the scheduler and for an auditor's view alike; it reveals nothing
public class AuditSequencer {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SealedBatch sealBatch(byte[] linkKey, int max) {
        AuditChainHead head = head(LockModeType.PESSIMISTIC_WRITE);
        List<QueuedAuditEvent> queued = em.createQuery("select q from QueuedAuditEvent q order by q.id",
                QueuedAuditEvent.class).setMaxResults(max).getResultList();
        LocalDateTime oldest = null;
        for (QueuedAuditEvent event : queued) {
            em.persist(head.seal(event.facts(), linkKey));
            em.remove(event);
            LocalDateTime at = event.facts().occurredAt();
            oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
        }
        return new SealedBatch(queued.size(), head.lastEventId(), head.lastHash(), oldest);
    }

    /** The head as it stands, read without a lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SealedBatch tail() {
        AuditChainHead head = head(LockModeType.NONE);
        return new SealedBatch(0, head.lastEventId(), head.lastHash(), null);
    }

    /** How many events wait to be sealed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long queued() {
        return em.createQuery("select count(q) from QueuedAuditEvent q", Long.class).getSingleResult();
    }

    /**
     * Sealed events after {@code position}, oldest first, at most {@code max}: the verifier's
     * stream, one bounded query each.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> after(long position, int max) {
        return em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                .setParameter("after", position).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditEvent at(long position) {
        return em.find(AuditEvent.class, position);
    }

    private AuditChainHead head(LockModeType lock) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, lock);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing; the database was not migrated");
        }
        return head;
    }
}
