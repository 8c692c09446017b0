package org.algos.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;

/**
 * Links a person signed in through the identity provider to their Algos profile, by user name.
 * A clinician, administrator or auditor gets a profile at first sign-in, with the discipline of
 * their role; the provider stays the authority on a staff member's role. A patient's profile is
 * linked to their record by the clinic beforehand (an administrator creates the patient account
 * with the same user name), so a patient without one is refused rather than given a new record.
 */
@Stateless
@PermitAll // used during sign-in, before a role is known
public class IdentityProviderProfiles {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProfiles.class.getName());
    private static final int MAX_USERNAME = 100;
    private static final int MAX_DISPLAY_NAME = 200;

    /** Why a signed-in person may not use Algos; {@link #code()} travels in the sign-in page's URL. */
    public enum Refusal {
        NO_ROLE("no-role", "Your account at the identity provider has no Algos role. Ask the hospital's IT to give you one."),
        SEVERAL_ROLES("several-roles", "Your account at the identity provider has more than one Algos role; Algos needs exactly one. Ask the hospital's IT."),
        INACTIVE("inactive", "Your Algos profile is disabled. Ask the clinic's administrator."),
        PATIENT_NOT_LINKED("patient-not-linked", "Your patient account is not linked to your record yet. Ask the clinic to link it."),
        ROLE_MISMATCH("role-mismatch", "Your role at the identity provider does not match your Algos profile (patient and staff profiles are kept apart). Ask the clinic's administrator."),
        INVALID_NAME("invalid-name", "Your user name at the identity provider is too long for Algos.");

        private final String code;
        private final String message;

        Refusal(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }

        public static Optional<Refusal> fromCode(String code) {
            for (Refusal r : values()) {
                if (r.code.equals(code)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** The role the person acts in, or why they may not sign in. */
    public record Link(Role role, Refusal refusal) {

        static Link to(Role role) {
            return new Link(role, null);
        }

        static Link refused(Refusal refusal) {
            return new Link(null, refusal);
        }

        public boolean isRefused() {
            return refusal != null;
        }

        /** The groups the container is told about: only the Algos role, so authorization follows the profile. */
        public Set<String> groups() {
            return Set.of(role.code());
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OidcSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Link link(String username, String displayName, Collection<String> groups) {
        Set<Role> roles = settings.getRoleMapping().rolesNamedBy(groups);
        if (roles.isEmpty()) {
            return Link.refused(Refusal.NO_ROLE);
        }
        if (roles.size() > 1) {
            return Link.refused(Refusal.SEVERAL_ROLES);
        }
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
            return Link.refused(Refusal.INVALID_NAME);
        }
        Role role = roles.iterator().next();
        ClinicUser user = em.find(ClinicUser.class, username);
        if (user == null) {
            if (role == Role.PATIENT) {
                return Link.refused(Refusal.PATIENT_NOT_LINKED);
            }
            String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
            user = ClinicUser.staff(username, name.length() > MAX_DISPLAY_NAME ? name.substring(0, MAX_DISPLAY_NAME) : name,
                    role, Clocks.nowUtc(clock));
            em.persist(user);
            em.flush();
            record(user, AuditAction.CREATE, "profile created at first sign-in, role " + role.code());
            LOG.info(() -> "Created the Algos profile of " + username + " (" + role.code() + ") at first sign-in");
            return Link.to(role);
        }
        if (!user.isActive()) {
            return Link.refused(Refusal.INACTIVE);
        }
        if (user.role() == role) {
            return Link.to(role);
        }
        if (role == Role.PATIENT || user.role() == Role.PATIENT) {
            return Link.refused(Refusal.ROLE_MISMATCH);
        }
        Role before = user.role();
        user.changeStaffRole(role);
        record(user, AuditAction.UPDATE, "role changed by the identity provider from " + before.code() + " to " + role.code());
        LOG.info(() -> "The identity provider changed the role of " + username + " from " + before.code() + " to " + role.code());
        return Link.to(role);
    }

    private void record(ClinicUser user, AuditAction action, String detail) {
        audit.record(new Caller(user.username(), user.displayName(), user.role(), user.patientId()),
                AuditRecord.success(action, null, "UserProfile/" + user.username(), "single sign-on", detail, false));
    }
}
