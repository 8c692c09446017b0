package org.algos.domain.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.algos.domain.common.Clocks;
import org.algos.domain.user.Caller;

/**
 * Writes audit events to the queue the sequencer seals into the chain. Queuing touches no
 * shared row, so concurrent requests do not wait for each other here; every event is on disk
 * before the answer goes out.
 */
@Stateless
@PermitAll // written to by every service, whatever the role
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditGroupCommit groupCommit;

    /**
     * Records an event. A change's event (and a refusal's) is queued in the caller's transaction,
     * so they commit together or not at all; a successful read's, which has no change to go
     * with, is written at once through the group commit, durable before the data is even read.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller caller, AuditRecord record) {
        AuditFacts facts = facts(caller.username(), caller.role().code(), record);
        long id = groupCommit.nextId();
        if (isRead(record)) {
            groupCommit.write(id, facts);
        } else {
            em.persist(new QueuedAuditEvent(id, facts));
        }
    }

    /**
     * Records an event in a transaction of its own: for a refusal whose request's transaction is
     * rolled back or never began (a role the container refused), and for reads made outside one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void recordAlone(String username, String role, AuditRecord record) {
        groupCommit.write(groupCommit.nextId(), facts(username, role, record));
    }

    private static boolean isRead(AuditRecord record) {
        return record.outcome() == AuditOutcome.SUCCESS
                && (record.action() == AuditAction.READ || record.action() == AuditAction.SEARCH);
    }

    private AuditFacts facts(String username, String role, AuditRecord record) {
        return new AuditFacts(Clocks.nowUtc(clock), username, role, record);
    }
}
