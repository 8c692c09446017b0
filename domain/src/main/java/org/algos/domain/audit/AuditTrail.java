package org.algos.domain.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.algos.domain.common.Clocks;
import org.algos.domain.user.Caller;

/**
 * Appends events to the audit trail inside the caller's transaction: the event commits with the
 * change it describes, or not at all. Appends are serialised on the chain head row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@PermitAll // written to by every service, whatever the role
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public AuditEvent record(Caller caller, AuditRecord record) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing; the database was not migrated");
        }
        AuditEvent event = head.append(Clocks.nowUtc(clock), caller.username(), caller.role().code(), record.action(),
                record.patientId(), record.resource(), record.outcome(), record.purpose(), record.detail(),
                record.flagged());
        em.persist(event);
        return event;
    }
}
