package org.algos.domain.access;

import org.algos.domain.user.Caller;
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
        Caller caller = callers.current();
        FieldErrors errors = new FieldErrors();
        String checkedReason = errors.requiredText("reason", reason, BreakGlassGrant.MAX_REASON_LENGTH);
        if (checkedReason != null && checkedReason.length() < BreakGlassGrant.MIN_REASON_LENGTH) {
            errors.add("reason", "must say why, in at least " + BreakGlassGrant.MIN_REASON_LENGTH + " characters");
        }
        errors.throwIfAny();
        guard.requireExists(patientId);
        BreakGlassGrant grant = new BreakGlassGrant(patientId, caller.username(), checkedReason, Clocks.nowUtc(clock),
                Duration.ofMinutes(grantMinutes));
        em.persist(grant);
        audit.record(caller, AuditRecord.success(AuditAction.BREAK_GLASS, patientId, "Patient",
                "break-glass: " + checkedReason,
                "break-glass grant " + grant.id() + ", access until " + grant.expiresAt() + " UTC", true));
        return grant;
    }
}
