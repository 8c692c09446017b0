package org.algos.domain.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Emergency access: a clinician outside the care team (or an administrator) states a reason and
 * gets time-limited access to one record. The grant and every access under it are flagged in
 * the audit trail for review.
 */
@Stateless
public class BreakGlass {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** How long a grant lasts; a clinic's choice (`algos.break-glass.minutes`). */
    @Inject
    @ConfigProperty(name = "algos.break-glass.minutes", defaultValue = "120")
    private int grantMinutes;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public BreakGlassGrant breakGlass(long patientId, String reason) {
        return breakGlass(patientId, reason, null);
    }

    /**
     * Opens the record for a limited time, read-only unless {@code writeReason} states the
     * emergency that needs changes (an order, a note): reading is what most emergencies need,
     * and a write under a grant is the harder thing to justify afterwards.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public BreakGlassGrant breakGlass(long patientId, String reason, String writeReason) {
        Caller caller = callers.current();
        FieldErrors errors = new FieldErrors();
        String checkedReason = reason(errors, "reason", reason, true);
        String checkedWriteReason = reason(errors, "writeReason", writeReason, false);
        errors.throwIfAny();
        guard.requireExists(patientId);
        BreakGlassGrant grant = new BreakGlassGrant(patientId, caller.username(), checkedReason, checkedWriteReason,
                Clocks.nowUtc(clock), Duration.ofMinutes(grantMinutes));
        em.persist(grant);
        audit.record(caller, AuditRecord.success(AuditAction.BREAK_GLASS, patientId, "Patient",
                "break-glass: " + checkedReason,
                "break-glass grant " + grant.id() + (grant.allowsWrites() ? ", may write: " + checkedWriteReason
                        : ", read-only") + ", access until " + grant.expiresAt() + " UTC", true));
        return grant;
    }

    private static String reason(FieldErrors errors, String field, String value, boolean required) {
        if (!required && (value == null || value.isBlank())) {
            return null;
        }
        String checked = errors.requiredText(field, value, BreakGlassGrant.MAX_REASON_LENGTH);
        if (checked != null && checked.length() < BreakGlassGrant.MIN_REASON_LENGTH) {
            errors.add(field, "must say why, in at least " + BreakGlassGrant.MIN_REASON_LENGTH + " characters");
        }
        return checked;
    }
}
