package org.algos.domain.careteam;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;
import org.algos.domain.user.UserDirectory;

/**
 * Who is on a patient's care team. A physician on the team or an administrator adds members;
 * the administrator manages the team without gaining chart access.
 */
@Stateless
public class CareTeam {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<TeamMemberView> members(long patientId) {
        Caller caller = callers.current();
        if (caller.role() == Role.ADMIN) {
            guard.requireExists(patientId);
            audit.record(caller, AuditRecord.success(AuditAction.READ, patientId, "CareTeam", "administration",
                    "care team listed", false));
        } else {
            guard.authorize(patientId, AuditAction.READ, "CareTeam", "care team listed");
        }
        return query(patientId);
    }

    /** As {@link #members(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<TeamMemberView> members(AuthorizedPatient patient) {
        guard.confirm(patient);
        return query(patient.id());
    }

    private List<TeamMemberView> query(long patientId) {
        return em.createQuery("select new org.algos.domain.careteam.TeamMemberView(m.username, u.displayName,"
                        + " m.teamRole, m.addedAt, m.addedBy, a.role) from CareTeamMember m join ClinicUser u"
                        + " on u.username = m.username left join ClinicUser a on a.username = m.addedBy"
                        + " where m.patientId = :p order by m.addedAt, m.username",
                        TeamMemberView.class)
                .setParameter("p", patientId)
                .getResultList();
    }

    /**
     * Adds a clinician to the team with their discipline as team role; adding someone already on
     * the team changes nothing. Returns true when a member was added.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.ADMIN_ROLE})
    public boolean add(long patientId, String username, String requestedRole) {
        Caller caller = callers.current();
        if (caller.role() == Role.ADMIN) {
            guard.requireExists(patientId);
        } else {
            guard.authorize(patientId, AuditAction.UPDATE, "CareTeam/" + username, "add member " + username);
            if (!isMember(patientId, caller.username())) {
                throw guard.refuse(patientId, AuditAction.UPDATE, "CareTeam/" + username,
                        "Only a physician on the care team or an administrator adds members.");
            }
        }
        ClinicUser member = users.find(username).filter(ClinicUser::isActive)
                .orElseThrow(() -> new NotFoundException("No active user " + username));
        Role teamRole = checkedTeamRole(member, requestedRole);
        if (isMember(patientId, username)) {
            return false;
        }
        em.persist(new CareTeamMember(patientId, username, teamRole, Clocks.nowUtc(clock), caller.username()));
        if (caller.role() == Role.ADMIN) {
            // An administrator opening a chart to someone is a grant outside care: flagged for review.
            audit.record(caller, AuditRecord.success(AuditAction.UPDATE, patientId, "CareTeam/" + username,
                    "administration", "add member " + username + " (by an administrator)", true));
        }
        return true;
    }

    /**
     * Takes a clinician off the team: a physician on the team or an administrator (whose change,
     * like an addition, is flagged for review). Returns false when they were not on it.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.ADMIN_ROLE})
    public boolean remove(long patientId, String username) {
        Caller caller = callers.current();
        if (caller.role() == Role.ADMIN) {
            guard.requireExists(patientId);
        } else {
            guard.authorize(patientId, AuditAction.UPDATE, "CareTeam/" + username, "remove member " + username);
            if (!isMember(patientId, caller.username())) {
                throw guard.refuse(patientId, AuditAction.UPDATE, "CareTeam/" + username,
                        "Only a physician on the care team or an administrator removes members.");
            }
        }
        int removed = em.createQuery("delete from CareTeamMember m where m.patientId = :p and m.username = :u")
                .setParameter("p", patientId).setParameter("u", username).executeUpdate();
        if (removed > 0 && caller.role() == Role.ADMIN) {
            audit.record(caller, AuditRecord.success(AuditAction.UPDATE, patientId, "CareTeam/" + username,
                    "administration", "remove member " + username + " (by an administrator)", true));
        }
        return removed > 0;
    }

    @PermitAll
    public boolean isMember(long patientId, String username) {
        return !em.createQuery("select m.id from CareTeamMember m where m.patientId = :p and m.username = :u")
                .setParameter("p", patientId).setParameter("u", username)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static Role checkedTeamRole(ClinicUser member, String requestedRole) {
        if (!member.role().isClinician()) {
            throw InvalidInputException.of("username", member.username() + " is a " + member.role().code()
                    + "; only clinicians sit on a care team");
        }
        if (requestedRole == null || requestedRole.isBlank()) {
            return member.role();
        }
        FieldErrors errors = new FieldErrors();
        Role role = errors.requiredCode("role", requestedRole, Role.class, Role::code);
        errors.throwIfAny();
        if (role != member.role()) {
            throw InvalidInputException.of("role", member.username() + " is a " + member.role().code()
                    + "; the team role is their discipline");
        }
        return role;
    }

}
