package org.algos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords verified in the last few minutes, by a SHA-256 fingerprint (never the password), so
 * that HTTP Basic API calls do not each pay for a PBKDF2 hash. The fingerprint covers the stored
 * hash too, so a password change forgets every earlier verification.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration REMEMBER_VERIFIED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    boolean remembers(String username, char[] password, String storedHash) {
        Instant until = verified.get(key(username, password, storedHash));
        return until != null && until.isAfter(Instant.now());
    }

    void remember(String username, char[] password, String storedHash) {
        if (verified.size() >= MAX_REMEMBERED) {
            Instant now = Instant.now();
            verified.values().removeIf(until -> until.isBefore(now));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key(username, password, storedHash), Instant.now().plus(REMEMBER_VERIFIED));
    }

    private static String key(String username, char[] password, String storedHash) {
        return PasswordHasher.fingerprint(username, new String(password) + "\u0000" + storedHash);
    }
}
