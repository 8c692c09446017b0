package org.algos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Few iterations keep the test fast; the format and checks are the same. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("correct hors".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void theSamePasswordIsSaltedDifferentlyEachTime() {
        assertNotEquals(hasher.hash("demo".toCharArray()), hasher.hash("demo".toCharArray()));
    }

    @Test
    void theStoredFormNamesAlgorithmAndIterationsSoTheyCanBeRaisedLater() {
        String stored = new PasswordHasher().hash("demo".toCharArray());
        String[] parts = stored.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PasswordHasher.DEFAULT_ITERATIONS), parts[1]);
        // An old hash with fewer iterations still verifies with a hasher set to more.
        assertTrue(new PasswordHasher().verify("demo".toCharArray(), hasher.hash("demo".toCharArray())));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(hasher.verify("demo".toCharArray(), null));
        assertFalse(hasher.verify("demo".toCharArray(), "plain-text-password"));
        assertFalse(hasher.verify("demo".toCharArray(), "pbkdf2-sha256$x$y$z"));
        assertFalse(hasher.verify("demo".toCharArray(), "md5$1$abc$def"));
    }
}
