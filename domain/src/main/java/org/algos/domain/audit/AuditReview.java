package org.algos.domain.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;

/** The auditor's view of the trail: events by patient, newest first, and a check of the chain. */
@Stateless
@RolesAllowed(Role.AUDITOR_ROLE)
public class AuditReview {

    private static final int VERIFY_BATCH = 1000;

    /** EclipseLink's hint to bind a query's parameters whatever the database platform's default. */
    private static final String BIND = "eclipselink.jdbc.bind-parameters";

    @PersistenceContext
    private EntityManager em;

    public Page<AuditEvent> events(Long patientId, boolean flaggedOnly, int page, int size) {
        Page.checkRequest(page, size);
        // Conditions are added only when asked for: PostgreSQL cannot type a null parameter in "? is null".
        // The flag is a bound parameter: EclipseLink writes the literal true, and an unbound parameter,
        // as 1 on H2, which H2 2 refuses to compare with a boolean column.
        String where = " where 1 = 1" + (patientId == null ? "" : " and e.patientId = :patientId")
                + (flaggedOnly ? " and e.flagged = :flagged" : "");
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc",
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        if (patientId != null) {
            query.setParameter("patientId", patientId);
            count.setParameter("patientId", patientId);
        }
        if (flaggedOnly) {
            query.setParameter("flagged", Boolean.TRUE).setHint(BIND, "TRUE");
            count.setParameter("flagged", Boolean.TRUE).setHint(BIND, "TRUE");
        }
        List<AuditEvent> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /** Walks the whole chain in id order, a batch at a time. */
    public AuditVerification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        AuditChainVerifier verifier = new AuditChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEvent> batch = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id",
                            AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEvent event : batch) {
                if (!verifier.accept(event)) {
                    return verifier.finish(head.lastEventId(), head.lastHash());
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
            em.clear();
        }
        return verifier.finish(head.lastEventId(), head.lastHash());
    }
}
