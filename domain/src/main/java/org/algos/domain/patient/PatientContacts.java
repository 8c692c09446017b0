package org.algos.domain.patient;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.user.Role;

/**
 * The patient's e-mail address and consent to reminders, kept by the patient or their care team.
 * A change names the version it was made on (0: nothing recorded yet); a stale one is refused.
 */
@Stateless
public class PatientContacts {

    /** The version of a patient with nothing recorded yet. */
    public static final long NOTHING_RECORDED = 0;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Optional<PatientContact> read(long patientId) {
        guard.authorize(patientId, AuditAction.READ, "PatientContact", "e-mail address and reminder consent read");
        return Optional.ofNullable(em.find(PatientContact.class, patientId));
    }

    /**
     * Records the address (null or blank: none) and the consent; consent needs an address. Taking
     * consent back stops every message not sent yet (the sender asks {@link #reachable} first).
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE})
    public PatientContact change(long patientId, long expectedVersion, String email, Boolean emailReminders) {
        FieldErrors errors = new FieldErrors();
        String address = null;
        if (email != null && !email.isBlank()) {
            EmailAddress.Result checked = EmailAddress.check(email);
            address = checked.address().orElse(null);
            if (address == null) {
                errors.add("email", "The e-mail address " + checked.reason() + ".");
            }
        }
        if (emailReminders == null) {
            errors.add("emailReminders", "Say whether reminders may be sent by e-mail (true or false).");
        } else if (emailReminders && (email == null || email.isBlank())) {
            errors.add("emailReminders", "Reminders by e-mail need an e-mail address.");
        }
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "PatientContact",
                "e-mail address and reminder consent changed (reminders " + (emailReminders ? "on" : "off") + ")");
        PatientContact contact = em.find(PatientContact.class, patientId);
        long current = contact == null ? NOTHING_RECORDED : contact.version();
        if (current != expectedVersion) {
            throw new ConflictException("The e-mail details were changed elsewhere since they were opened (version "
                    + current + ", read " + expectedVersion + "); reload them and save again.");
        }
        boolean created = contact == null;
        if (created) {
            contact = new PatientContact(patientId);
        }
        contact.change(address, emailReminders, callers.current().username(), Clocks.nowUtc(clock));
        if (created) {
            em.persist(contact);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("The e-mail details were changed elsewhere at the same moment; reload them"
                    + " and save again.");
        } catch (PersistenceException e) {
            throw new ConflictException("The e-mail details were saved elsewhere at the same moment; reload them and"
                    + " save again.");
        }
        return contact;
    }

    /**
     * The address a message may go to now, if the patient has one and consents. For the clinic's
     * own sender, which runs with no caller; it reads one row and discloses it to no one.
     */
    @PermitAll
    public Optional<String> reachable(long patientId) {
        PatientContact contact = em.find(PatientContact.class, patientId);
        return contact != null && contact.mayEmail() ? Optional.of(contact.email()) : Optional.empty();
    }
}
