package org.algos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditOutcome;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.user.ClinicUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a built-in account's password, for the portal's sign-in, HTTP Basic and a password
 * change. Failures are throttled per account and per client address before any hashing, and
 * every failure is audited (a lock flagged). Hashing is bounded to half the processors, so that
 * a flood of wrong passwords queues here instead of slowing down users who are signed in; past
 * a short wait for a turn, the attempt is answered "busy" rather than queued further.
 */
@ApplicationScoped
public class PasswordSignIn {

    /** What an attempt came to. */
    public sealed interface Outcome {
    }

    /** The password is right: the account's name and role. */
    public record Valid(ClinicUser user, Set<String> groups) implements Outcome {
    }

    /** The password is right but an administrator set it: it serves only to choose a new one. */
    public record MustChoosePassword(ClinicUser user) implements Outcome {
    }

    /** Wrong password, unknown or disabled account: one answer for all three. */
    public record Wrong() implements Outcome {
    }

    /** Too many failures: refused without checking the password. */
    public record Throttled(SignInThrottle.Wait retry) implements Outcome {
    }

    /** Every hashing turn stayed taken for the whole wait. */
    public record Busy() implements Outcome {
    }

    /** How the API answers an attempt that did not sign in: the status, its problem and Retry-After. */
    public record Refusal(int status, String title, String detail, Long retryAfterSeconds) {

        public static Refusal of(Outcome outcome) {
            if (outcome instanceof Throttled throttled) {
                long seconds = throttled.retry().seconds();
                return new Refusal(429, "Too Many Requests", "Too many failed sign-ins for this account or from this"
                        + " address; try again in " + seconds + " s.", seconds);
            }
            if (outcome instanceof Busy) {
                return new Refusal(503, "Service Unavailable", "Too many sign-ins at once; try again.", 1L);
            }
            if (outcome instanceof MustChoosePassword) {
                return new Refusal(403, "Forbidden", "This password was set by an administrator and serves only to"
                        + " choose a new one: POST /api/account/password.", null);
            }
            return new Refusal(401, "Unauthorized", "Wrong user name or password, or the account is disabled.", null);
        }
    }

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int ACCOUNT_LOCK_AT = 10;
    private static final int MAX_COUNTED = 100_000;
    private static final Duration TURN_WAIT = Duration.ofSeconds(3);
    /** Hashed when the user does not exist, so that response time does not reveal valid user names. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("no such user".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private VerifiedPasswords verified;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    private SignInThrottle accounts;
    private SignInThrottle addresses;

    /**
     * An address's failures are shared by everyone behind it (a hospital's NAT), so it gets more
     * of them ({@code algos.sign-in.address-free-failures}) before it waits, and locks at twice that.
     */
    @Inject
    void configure(Clock clock,
                   @ConfigProperty(name = "algos.sign-in.lock-minutes", defaultValue = "15") int lockMinutes,
                   @ConfigProperty(name = "algos.sign-in.address-free-failures", defaultValue = "50") int addressFree) {
        Duration lock = Duration.ofMinutes(lockMinutes);
        accounts = new SignInThrottle(ACCOUNT_FREE_FAILURES, ACCOUNT_LOCK_AT, lock, MAX_COUNTED, clock);
        addresses = new SignInThrottle(addressFree, 2 * addressFree, lock, MAX_COUNTED, clock);
    }

    public Outcome attempt(String username, char[] password, String clientAddress) {
        Optional<SignInThrottle.Wait> wait = addresses.check(clientAddress).or(() -> accounts.check(username));
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        ClinicUser user = couldBeAccount(username) ? em.find(ClinicUser.class, username) : null;
        UserCredential stored = user == null ? null : em.find(UserCredential.class, username);
        boolean usable = user != null && stored != null && user.isActive();
        String hash = usable ? stored.passwordHash() : DUMMY_HASH;
        boolean right;
        if (usable && verified.remembers(username, password, hash)) {
            right = true;
        } else {
            Optional<Boolean> checked = verifyInTurn(password, hash);
            if (checked.isEmpty()) {
                return new Busy();
            }
            right = usable && checked.get();
        }
        if (!right) {
            return failed(username, clientAddress, user == null ? "unknown account" : usable
                    ? "wrong password" : "account disabled or without a password");
        }
        accounts.succeeded(username);
        if (stored.mustChoose()) {
            return new MustChoosePassword(user);
        }
        verified.remember(username, password, hash);
        callers.validated(user);
        return new Valid(user, Set.of(user.role().code()));
    }

    /** A name no account can have (too long, control characters: PostgreSQL refuses NUL) is never looked up. */
    static boolean couldBeAccount(String username) {
        return username != null && username.length() <= 100 && username.chars().noneMatch(Character::isISOControl);
    }

    /** Whether the account exists and is active: a portal session is checked against it on every request. */
    public boolean isActive(String username) {
        ClinicUser user = username == null ? null : em.find(ClinicUser.class, username);
        return user != null && user.isActive();
    }

    /** An administrator's unlock of an account; whether it was waiting. */
    public boolean unlock(String username) {
        return accounts.unlock(username);
    }

    /** How long the account must still wait, if it must. */
    public Optional<SignInThrottle.Wait> waitOf(String username) {
        return accounts.check(username);
    }

    /** A name as typed, fit for the audit trail: at most 100 characters, no control characters. */
    private static String printable(String username) {
        String name = username.codePoints().limit(100)
                .map(c -> Character.isISOControl(c) || c > 0xFFFF || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name.isEmpty() ? "?" : name;
    }

    private Optional<Boolean> verifyInTurn(char[] password, String hash) {
        try {
            if (!hashing.tryAcquire(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(hasher.verify(password, hash));
        } finally {
            hashing.release();
        }
    }

    private Outcome failed(String username, String clientAddress, String why) {
        Optional<SignInThrottle.Wait> byAccount = accounts.failed(username);
        Optional<SignInThrottle.Wait> byAddress = addresses.failed(clientAddress);
        boolean locked = byAccount.map(SignInThrottle.Wait::locked).orElse(false)
                || byAddress.map(SignInThrottle.Wait::locked).orElse(false);
        String detail = why + ", from " + clientAddress
                + (byAccount.filter(SignInThrottle.Wait::locked).isPresent() ? "; the account is locked" : "")
                + (byAddress.filter(SignInThrottle.Wait::locked).isPresent() ? "; the address is locked" : "");
        String name = printable(username);
        audit.recordAlone(name, null, new AuditRecord(AuditAction.SIGN_IN, null, "Account/" + name,
                AuditOutcome.DENIED, "sign-in", detail, locked));
        return new Wrong();
    }
}
