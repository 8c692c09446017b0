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
 * Writes audit events. An event is queued inside the caller's transaction, so it commits with
 * the change it describes or not at all, and it is on disk before the answer goes out. Queuing
 * touches no shared row: concurrent requests no longer wait for each other here, and their
 * commits share the database's log flushes. The sequencer seals queued events into the chain.
 */
@Stateless
@PermitAll // written to by every service, whatever the role
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller caller, AuditRecord record) {
        em.persist(queued(caller.username(), caller.role().code(), record));
    }

    /**
     * Records an event in a transaction of its own: for a refusal whose request's transaction is
     * rolled back or never began (a role the container refused), and for reads made outside one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String username, String role, AuditRecord record) {
        em.persist(queued(username, role, record));
    }

    private QueuedAuditEvent queued(String username, String role, AuditRecord record) {
        return new QueuedAuditEvent(new AuditFacts(Clocks.nowUtc(clock), username, role, record));
    }
}
