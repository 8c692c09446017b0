package org.algos.domain.message;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;

/**
 * The outbox of messages to patients. A feature queues a message in its own transaction (so it
 * exists exactly when what caused it does); the clinic's sender takes what is due, sends it with
 * no transaction open, and reports back. Sending and giving up are audited as the clinic
 * ({@value #SENDER}) writing to the patient.
 */
@Stateless
public class PatientMessages {

    /** The user the audit trail names for messages the clinic sends by itself. */
    public static final String SENDER = "algos-messages";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private PatientAccessGuard guard;

    /** Queues a message once per reference; false when that reference was queued already. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queue(long patientId, MessageKind kind, String reference, LocalDate closesOn) {
        boolean known = !em.createQuery("select m.id from PatientMessage m where m.reference = :r", Long.class)
                .setParameter("r", reference).getResultList().isEmpty();
        if (!known) {
            em.persist(new PatientMessage(patientId, kind, reference, closesOn, Clocks.nowUtc(clock)));
        }
        return !known;
    }

    /** Messages waiting whose time has come, oldest first. For the sender only. */
    @PermitAll
    public List<PatientMessage> due(int limit) {
        return em.createQuery("select m from PatientMessage m where m.status = :s and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", PatientMessage.class)
                .setParameter("s", MessageStatus.PENDING).setParameter("now", Clocks.nowUtc(clock))
                .setMaxResults(limit).getResultList();
    }

    @PermitAll
    public void sent(long messageId, String recipient, String subject, String body) {
        PatientMessage message = em.find(PatientMessage.class, messageId);
        message.sent(recipient, subject, body, Clocks.nowUtc(clock));
        record(message, "e-mail sent (" + message.kind() + ")", false);
    }

    @PermitAll
    public void failed(long messageId, String recipient, String error) {
        PatientMessage message = em.find(PatientMessage.class, messageId);
        message.failed(recipient, error, Clocks.nowUtc(clock));
        if (message.status() == MessageStatus.FAILED) {
            record(message, "e-mail given up after " + message.attempts() + " attempts: " + message.lastError(), true);
        }
    }

    @PermitAll
    public void cancelled(long messageId, String why) {
        PatientMessage message = em.find(PatientMessage.class, messageId);
        message.cancelled(why, Clocks.nowUtc(clock));
        record(message, "e-mail not sent: " + why, false);
    }

    /** The messages to one patient, newest first, for the patient and their care team. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Page<PatientMessage> of(long patientId, int page, int size) {
        Page.checkRequest(page, size);
        guard.authorize(patientId, AuditAction.READ, "PatientMessage", "messages to the patient listed");
        long total = em.createQuery("select count(m) from PatientMessage m where m.patientId = :p", Long.class)
                .setParameter("p", patientId).getSingleResult();
        List<PatientMessage> items = em.createQuery("select m from PatientMessage m where m.patientId = :p"
                        + " order by m.createdAt desc, m.id desc", PatientMessage.class)
                .setParameter("p", patientId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    private void record(PatientMessage message, String detail, boolean flagged) {
        audit.recordAlone(SENDER, "system", AuditRecord.success(AuditAction.CREATE, message.patientId(),
                "PatientMessage/" + message.id(), "reminder", detail, flagged));
    }
}
