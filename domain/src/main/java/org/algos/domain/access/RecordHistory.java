package org.algos.domain.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditOutcome;
import org.algos.domain.audit.AuditSealer;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;

/**
 * Who wrote what in a patient's record, read from the audit trail (the one place every write is
 * recorded, and which no one can rewrite): the successful creations, changes and deletions of
 * one patient's data, newest first, paged in the database on the trail's patient index. A
 * clinician who may open the record may see this history; the trail itself stays the auditors'.
 */
@Stateless
@RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
        Role.PATIENT_ROLE, Role.ADMIN_ROLE})
public class RecordHistory {

    private static final List<AuditAction> WRITES = List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
    private static final String WHERE = " where e.facts.patientId = :patientId and e.facts.action in :writes"
            + " and e.facts.outcome = :success";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private AuditSealer sealer;

    public Page<AuditEvent> writes(AuthorizedPatient patient, int page, int size) {
        guard.confirm(patient);
        Page.checkRequest(page, size);
        sealQueued();
        List<AuditEvent> items = bound(em.createQuery("select e from AuditEvent e" + WHERE + " order by e.id desc",
                AuditEvent.class), patient.id()).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = bound(em.createQuery("select count(e) from AuditEvent e" + WHERE, Long.class), patient.id())
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /**
     * The write at this place in the trail and the patient it concerns, before any access check:
     * the caller checks access to that patient, then reads it with {@link #write(AuthorizedPatient, long)}.
     */
    public Optional<Long> patientOfWrite(long id) {
        sealQueued();
        return Optional.ofNullable(em.find(AuditEvent.class, id)).filter(RecordHistory::isWrite)
                .map(AuditEvent::patientId);
    }

    public AuditEvent write(AuthorizedPatient patient, long id) {
        guard.confirm(patient);
        AuditEvent event = em.find(AuditEvent.class, id);
        if (event == null || !isWrite(event) || event.patientId() != patient.id()) {
            throw new IllegalArgumentException("Event " + id + " is no write of patient " + patient.id());
        }
        return event;
    }

    /** Writes wait in the audit queue for the sequencer (a second or so); the history shows them at once. */
    private void sealQueued() {
        try {
            sealer.sealPending();
        } catch (RuntimeException e) {
            AuditSealer.logFailure(e); // the history still shows what is sealed
        }
    }

    private static boolean isWrite(AuditEvent e) {
        return e.patientId() != null && WRITES.contains(e.action()) && e.outcome() == AuditOutcome.SUCCESS;
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, long patientId) {
        return query.setParameter("patientId", patientId).setParameter("writes", WRITES)
                .setParameter("success", AuditOutcome.SUCCESS);
    }
}
