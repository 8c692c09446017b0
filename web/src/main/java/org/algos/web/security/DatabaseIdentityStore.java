package org.algos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.algos.domain.access.CallerContext;
import org.algos.domain.user.ClinicUser;

/**
 * Built-in accounts: PBKDF2 hashes in {@code user_credential}, roles from the user's profile.
 * A hash costs a few hundred milliseconds by design, so a verified credential is remembered for
 * a few minutes (by a SHA-256 fingerprint, never the password) to keep HTTP Basic API calls fast.
 * Whether the account is still active is checked on every call.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    static final Duration REMEMBER_VERIFIED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;
    /** Hashed when the user does not exist, so that response time does not reveal valid user names. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("no such user".toCharArray());

    private final PasswordHasher hasher = new PasswordHasher();
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    /** Whether the account exists and is active: a portal session is checked against it on every request. */
    public boolean isActive(String username) {
        ClinicUser user = username == null ? null : em.find(ClinicUser.class, username);
        return user != null && user.isActive();
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        ClinicUser user = username == null ? null : em.find(ClinicUser.class, username);
        UserCredential stored = user == null ? null : em.find(UserCredential.class, username);
        if (user == null || stored == null || !user.isActive()) {
            hasher.verify(credential.getPassword().getValue(), DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!recentlyVerified(username, credential.getPasswordAsString(), stored.passwordHash())
                && !hasher.verify(credential.getPassword().getValue(), stored.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        remember(username, credential.getPasswordAsString(), stored.passwordHash());
        callers.validated(user);
        return new CredentialValidationResult(user.username(), Set.of(user.role().code()));
    }

    private boolean recentlyVerified(String username, String password, String storedHash) {
        Instant until = verified.get(key(username, password, storedHash));
        return until != null && until.isAfter(Instant.now());
    }

    private void remember(String username, String password, String storedHash) {
        if (verified.size() >= MAX_REMEMBERED) {
            Instant now = Instant.now();
            verified.values().removeIf(until -> until.isBefore(now));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key(username, password, storedHash), Instant.now().plus(REMEMBER_VERIFIED));
    }

    /** Includes the stored hash, so a password change forgets every earlier verification. */
    private static String key(String username, String password, String storedHash) {
        return PasswordHasher.fingerprint(username, password + "\u0000" + storedHash);
    }
}
