package org.algos.domain.access;

import org.algos.domain.audit.AuditAction;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * Who may open a patient's record (product design, "Who uses it and how"):
 * <ul>
 * <li>a clinician on the patient's care team;</li>
 * <li>the patient, for their own record only;</li>
 * <li>a clinician or an administrator holding an unexpired break-glass grant for that patient;</li>
 * <li>nobody else: administrators and auditors have no chart access of their own.</li>
 * </ul>
 * Pure: the facts come in, the decision goes out, so every branch is unit-tested.
 */
public final class CareTeamAccessPolicy {

    /** Facts about one caller and one patient that the database supplies. */
    public record Facts(boolean onCareTeam, boolean holdsActiveBreakGlass, boolean grantAllowsWrites) {

        public Facts(boolean onCareTeam, boolean holdsActiveBreakGlass) {
            this(onCareTeam, holdsActiveBreakGlass, false);
        }
    }

    /** The reason a read-only grant gives for refusing a change. */
    static final String READ_ONLY_GRANT = "Your break-glass access is read-only; break the glass again with an"
            + " emergency reason to write if care requires a change.";

    /**
     * As {@link #decide(Caller, long, Facts)}, for an action: a break-glass grant changes the
     * record only when it was given with an emergency reason to write.
     */
    public AccessDecision decide(Caller caller, long patientId, Facts facts, AuditAction action) {
        AccessDecision decision = decide(caller, patientId, facts);
        boolean write = action == AuditAction.CREATE || action == AuditAction.UPDATE || action == AuditAction.DELETE;
        if (decision.allowed() && decision.basis() == AccessBasis.BREAK_GLASS && write && !facts.grantAllowsWrites()) {
            return AccessDecision.deny(READ_ONLY_GRANT);
        }
        return decision;
    }

    public AccessDecision decide(Caller caller, long patientId, Facts facts) {
        if (caller.role() == Role.PATIENT) {
            return caller.ownPatientId() != null && caller.ownPatientId() == patientId
                    ? AccessDecision.grant(AccessBasis.SELF)
                    : AccessDecision.deny("A patient can open only their own record.");
        }
        if (caller.role().isClinician() && facts.onCareTeam()) {
            return AccessDecision.grant(AccessBasis.CARE_TEAM);
        }
        if (mayBreakGlass(caller.role()) && facts.holdsActiveBreakGlass()) {
            return AccessDecision.grant(AccessBasis.BREAK_GLASS);
        }
        return switch (caller.role()) {
            case AUDITOR -> AccessDecision.deny("Auditors review the audit trail, not patient records.");
            case BULK_EXPORT -> AccessDecision.deny("A bulk-export account reads records through Patient/$export only.");
            case ADMIN -> AccessDecision.deny(
                    "Administrators have no chart access; break the glass with a reason if care requires it.");
            default -> AccessDecision.deny(
                    "You are not on this patient's care team; break the glass with a reason if care requires it.");
        };
    }

    /** Clinicians and administrators may break the glass; patients and auditors may not. */
    public boolean mayBreakGlass(Role role) {
        return role.isClinician() || role == Role.ADMIN;
    }
}
