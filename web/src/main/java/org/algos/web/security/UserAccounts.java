package org.algos.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.Like;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;

/**
 * Accounts: the administrator creates them; a patient account is linked to its record. With single
 * sign-on the identity provider keeps the passwords, so an account is only the Algos profile that
 * the provider's user of the same name signs in to (how a patient's sign-in reaches their record).
 */
@Stateless
public class UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    public static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private OidcSettings signIn;

    /** What an administrator asks for. */
    public record NewAccount(String username, String displayName, String role, String password, Long patientId) {
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public ClinicUser create(NewAccount request) {
        FieldErrors errors = new FieldErrors();
        String username = errors.requiredText("username", request.username(), 100);
        if (username != null && !USERNAME.matcher(username).matches()) {
            errors.add("username", "use 2 to 100 lower-case letters, digits, '.', '_' or '-'");
        }
        String displayName = errors.requiredText("displayName", request.displayName(), 200);
        Role role = errors.requiredCode("role", request.role(), Role.class, Role::code);
        boolean singleSignOn = signIn.isEnabled();
        if (singleSignOn && request.password() != null) {
            errors.add("password", "the identity provider keeps the passwords; leave it out");
        } else if (!singleSignOn && (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH)) {
            errors.add("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (role == Role.PATIENT && request.patientId() == null) {
            errors.add("patientId", "a patient account is linked to the patient's record");
        } else if (role == Role.PATIENT && em.find(Patient.class, request.patientId()) == null) {
            errors.add("patientId", "no patient with id " + request.patientId());
        } else if (role != null && role != Role.PATIENT && request.patientId() != null) {
            errors.add("patientId", "only patient accounts are linked to a record");
        }
        errors.throwIfAny();
        if (em.find(ClinicUser.class, username) != null) {
            throw new ConflictException("The user name " + username + " is taken");
        }
        if (role == Role.PATIENT) {
            refuseSecondLink(request.patientId(), username);
        }
        LocalDateTime now = Clocks.nowUtc(clock);
        ClinicUser user = role == Role.PATIENT
                ? ClinicUser.patient(username, displayName, request.patientId(), now)
                : ClinicUser.staff(username, displayName, role, now);
        em.persist(user);
        em.flush();
        if (!singleSignOn) {
            em.persist(UserCredential.temporary(username,
                    new PasswordHasher().hash(request.password().toCharArray()), now));
        }
        // Anything that opens charts to someone is flagged for review: a link to a record, a clinical
        // role (which a care team can then add), an administrator.
        String detail = role == Role.PATIENT ? "patient account " + username + " linked"
                : "account " + username + " created as " + role.code();
        audit.record(callers.current(), AuditRecord.success(AuditAction.CREATE, request.patientId(),
                "UserAccount/" + username, "administration", detail, role != Role.AUDITOR));
        return user;
    }

    /**
     * A record has at most one active patient account: a second link is refused until the first
     * account is deactivated (the row lock makes two concurrent links see each other). The refusal
     * is audited and flagged, since it may be an attempt to read a chart as "own record".
     */
    private void refuseSecondLink(long patientId, String username) {
        em.find(Patient.class, patientId, LockModeType.PESSIMISTIC_WRITE);
        List<String> linked = em.createQuery("select u.username from ClinicUser u where u.patientId = :p"
                        + " and u.active = true and u.username <> :u", String.class)
                .setParameter("p", patientId).setParameter("u", username).setMaxResults(1).getResultList();
        if (!linked.isEmpty()) {
            Caller admin = callers.current();
            audit.recordAlone(admin.username(), admin.role().code(), AuditRecord.denied(AuditAction.UPDATE, patientId,
                    "UserAccount/" + username, "a second patient account for a record already linked to "
                            + linked.get(0)));
            throw new ConflictException("Patient record " + patientId + " is already linked to the account "
                    + linked.get(0) + "; deactivate that account before linking another.");
        }
    }

    /**
     * Deactivates or reactivates an account. A deactivated account is refused at its next request:
     * API credentials at once, a portal session at its next page (the session is checked against
     * the profile on every request). Administrators cannot deactivate themselves, so that a clinic
     * is not left without one by a slip.
     */
    @RolesAllowed(Role.ADMIN_ROLE)
    public ClinicUser setActive(String username, boolean active) {
        ClinicUser user = PasswordSignIn.couldBeAccount(username) ? em.find(ClinicUser.class, username) : null;
        if (user == null) {
            throw new NotFoundException("No such account");
        }
        if (!active && user.username().equals(callers.current().username())) {
            throw new ConflictException("You cannot deactivate your own account; ask another administrator.");
        }
        if (user.isActive() != active) {
            if (active && user.patientId() != null) {
                refuseSecondLink(user.patientId(), username);
            }
            if (active) {
                user.reactivate();
            } else {
                user.deactivate();
            }
            audit.record(callers.current(), AuditRecord.success(AuditAction.UPDATE, user.patientId(),
                    "UserAccount/" + username, "administration",
                    "account " + username + (active ? " reactivated" : " deactivated"), !active));
        }
        return user;
    }

    /**
     * Links a patient account to a record, or unlinks it ({@code patientId} null): at most one
     * active account per record. Flagged for review, since a link opens a chart as "own record".
     */
    @RolesAllowed(Role.ADMIN_ROLE)
    public ClinicUser link(String username, Long patientId) {
        ClinicUser user = PasswordSignIn.couldBeAccount(username) ? em.find(ClinicUser.class, username) : null;
        if (user == null) {
            throw new NotFoundException("No such account");
        }
        if (user.role() != Role.PATIENT) {
            throw InvalidInputException.of("username", username + " is a " + user.role().code()
                    + " account; only patient accounts are linked to a record");
        }
        if (patientId != null && em.find(Patient.class, patientId) == null) {
            throw InvalidInputException.of("patientId", "no patient with id " + patientId);
        }
        Long before = user.patientId();
        if (patientId == null) {
            user.unlink();
        } else {
            if (user.isActive()) {
                refuseSecondLink(patientId, username);
            }
            user.linkTo(patientId);
        }
        audit.record(callers.current(), AuditRecord.success(AuditAction.UPDATE, patientId == null ? before : patientId,
                "UserAccount/" + username, "administration", patientId == null
                        ? "patient account " + username + " unlinked from record " + before
                        : "patient account " + username + " linked to record " + patientId, true));
        return user;
    }

    /** Accounts whose user name or display name contains {@code text} (any case), by user name, paged. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public Page<ClinicUser> search(String text, int page, int size) {
        Page.checkRequest(page, size);
        String pattern = "%" + Like.literal(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        String where = " where lower(u.username) like :t escape '\\' or lower(u.displayName) like :t escape '\\'";
        List<ClinicUser> users = em.createQuery("select u from ClinicUser u" + where + " order by u.username",
                        ClinicUser.class).setParameter("t", pattern)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(u) from ClinicUser u" + where, Long.class).setParameter("t", pattern)
                .getSingleResult();
        return new Page<>(users, page, size, total);
    }

    /** Every account, by user name, paged. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public Page<ClinicUser> list(int page, int size) {
        return search(null, page, size);
    }
}
