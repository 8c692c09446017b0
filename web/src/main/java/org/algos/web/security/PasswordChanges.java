package org.algos.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;

/**
 * Passwords of built-in accounts after their creation: the owner chooses a new one (required
 * at first sign-in when an administrator set it), and an administrator resets a forgotten one
 * to a temporary password. Both are audited; a reset is flagged, since whoever knows the
 * temporary password can choose the next one.
 */
@Stateless
public class PasswordChanges {

    static final int MAX_PASSWORD_LENGTH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordSignIn signIn;

    @Inject
    private OidcSettings singleSignOn;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * The owner's change: the current password proves who asks (throttled like a sign-in), the
     * new one must be long enough, differ from it and from the user name. What the attempt came
     * to; on {@link PasswordSignIn.Valid} the new password is stored.
     */
    @PermitAll
    public PasswordSignIn.Outcome choose(String username, String current, String chosen, String clientAddress) {
        refuseUnderSingleSignOn();
        FieldErrors errors = new FieldErrors();
        String name = errors.requiredText("username", username, 100);
        if (current == null || current.isEmpty()) {
            errors.add("currentPassword", "is required");
        }
        checkNew(errors, "newPassword", chosen, name);
        if (chosen != null && chosen.equals(current)) {
            errors.add("newPassword", "must differ from the current password");
        }
        errors.throwIfAny();
        PasswordSignIn.Outcome outcome = signIn.attempt(name, current.toCharArray(), clientAddress);
        ClinicUser user = outcome instanceof PasswordSignIn.Valid valid ? valid.user()
                : outcome instanceof PasswordSignIn.MustChoosePassword first ? first.user() : null;
        if (user == null) {
            return outcome;
        }
        em.find(UserCredential.class, name)
                .choose(new PasswordHasher().hash(chosen.toCharArray()), Clocks.nowUtc(clock));
        audit.record(new Caller(user.username(), user.displayName(), user.role(), user.patientId()),
                AuditRecord.success(AuditAction.UPDATE, user.patientId(), "UserAccount/" + name, "own account",
                        "password chosen by its owner, from " + clientAddress, false));
        return new PasswordSignIn.Valid(user, Set.of(user.role().code()));
    }

    /** An administrator's reset of a forgotten password: a temporary one, which also lifts a sign-in lock. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void reset(String username, String temporary) {
        refuseUnderSingleSignOn();
        UserCredential credential = PasswordSignIn.couldBeAccount(username)
                ? em.find(UserCredential.class, username) : null;
        if (credential == null) {
            throw new NotFoundException("No such account with a password");
        }
        FieldErrors errors = new FieldErrors();
        checkNew(errors, "password", temporary, username);
        errors.throwIfAny();
        credential.reset(new PasswordHasher().hash(temporary.toCharArray()), Clocks.nowUtc(clock));
        signIn.unlock(username);
        audit.record(callers.current(), AuditRecord.success(AuditAction.UPDATE, null, "UserAccount/" + username,
                "administration", "password of " + username + " reset to a temporary one", true));
    }

    /** An administrator lifts a sign-in lock (the account's own; an address's lock runs out). */
    @RolesAllowed(Role.ADMIN_ROLE)
    public boolean unlock(String username) {
        if (!PasswordSignIn.couldBeAccount(username)) {
            throw new NotFoundException("No such account");
        }
        boolean wasLocked = signIn.unlock(username);
        audit.record(callers.current(), AuditRecord.success(AuditAction.UPDATE, null, "UserAccount/" + username,
                "administration", "sign-in of " + username + (wasLocked ? " unlocked" : ": nothing to unlock"), false));
        return wasLocked;
    }

    private static void checkNew(FieldErrors errors, String field, String password, String username) {
        if (password == null || password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            errors.add(field, "must be at least " + UserAccounts.MIN_PASSWORD_LENGTH + " characters");
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            errors.add(field, "must be at most " + MAX_PASSWORD_LENGTH + " characters");
        } else if (password.strip().equalsIgnoreCase(username)) {
            errors.add(field, "must not be the user name");
        }
    }

    private void refuseUnderSingleSignOn() {
        if (singleSignOn.isEnabled()) {
            throw new ConflictException("The identity provider keeps the passwords; change yours there.");
        }
    }
}
