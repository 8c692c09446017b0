package org.algos.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per key (an account, or a client address): after {@code freeFailures}
 * each further failure makes the key wait before its next attempt, 2 s, 4 s, 8 s… (the
 * "exponential lockout" of OWASP's Authentication Cheat Sheet, which also warns that a lock lets
 * an attacker lock users out: hence short waits first), and the {@code lockAt}-th failure locks
 * the key for {@code lock}. Failures are forgotten {@code lock} after the last one; a success forgets them
 * at once. While a key must wait, its attempts are refused before any password is hashed.
 *
 * <p>The counters live in this server's memory and are bounded: at {@code maxKeys} the expired
 * ones are dropped first, and if none are, new keys are not counted (the address's own counter
 * still is). A restart forgets them.
 */
public final class SignInThrottle {

    /** How long a key must wait; {@code locked} once it reached the lock. */
    public record Wait(Duration retryAfter, boolean locked) {

        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final int freeFailures;
    private final int lockAt;
    private final Duration lock;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(int freeFailures, int lockAt, Duration lock, int maxKeys, Clock clock) {
        if (freeFailures < 1 || lockAt <= freeFailures) {
            throw new IllegalArgumentException("need 1 <= freeFailures < lockAt");
        }
        this.freeFailures = freeFailures;
        this.lockAt = lockAt;
        this.lock = lock;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Whether the key must wait before it may try again, and how long. */
    Optional<Wait> check(String key) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        if (f == null || !f.blockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Wait(Duration.between(now, f.blockedUntil()), f.count() >= lockAt));
    }

    /** Counts a failure; the wait it imposes, if any. */
    Optional<Wait> failed(String key) {
        Instant now = clock.instant();
        if (!failures.containsKey(key) && !roomForAnotherKey(now)) {
            return Optional.empty();
        }
        failures.compute(key, (k, before) -> {
            int count = before == null || expired(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, now.plus(waitAfter(count)));
        });
        return check(key);
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    /** An administrator's unlock; whether the key was waiting. */
    boolean unlock(String key) {
        Failures removed = failures.remove(key);
        return removed != null && removed.blockedUntil().isAfter(clock.instant());
    }

    /** The wait after the {@code count}-th failure in a row. */
    Duration waitAfter(int count) {
        if (count >= lockAt) {
            return lock;
        }
        if (count <= freeFailures) {
            return Duration.ZERO;
        }
        Duration growing = Duration.ofSeconds(2L << Math.min(30, count - freeFailures - 1));
        return growing.compareTo(lock) < 0 ? growing : lock;
    }

    private boolean expired(Failures f, Instant now) {
        return !f.last().plus(lock).isAfter(now) && !f.blockedUntil().isAfter(now);
    }

    private boolean roomForAnotherKey(Instant now) {
        if (failures.size() < maxKeys) {
            return true;
        }
        failures.values().removeIf(f -> expired(f, now));
        return failures.size() < maxKeys;
    }
}
