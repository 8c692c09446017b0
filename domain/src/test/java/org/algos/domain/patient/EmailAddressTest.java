package org.algos.domain.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void commonAddressesAreKeptWithTheDomainInLowerCase() {
        assertEquals(Optional.of("Jane.Doe+pain@example.org"), EmailAddress.check(" Jane.Doe+pain@Example.ORG ").address());
        assertEquals(Optional.of("o'neil@mail.hospital.example.co.uk"),
                EmailAddress.check("o'neil@mail.hospital.example.co.uk").address());
        assertEquals(Optional.of("a@b-c.io"), EmailAddress.check("a@b-c.io").address());
    }

    @Test
    void typosAreRefusedWithAReason() {
        for (String typo : new String[] {"jane", "jane@", "@example.org", "jane@example", "jane@@example.org",
                "jane@exa mple.org", "jane doe@example.org", "jane..doe@example.org", ".jane@example.org",
                "jane@-example.org", "jane@example.org.", "jane@example.c0m", "jane@example,org"}) {
            EmailAddress.Result result = EmailAddress.check(typo);
            assertEquals(Optional.empty(), result.address(), typo);
            assertTrue(result.reason() != null && !result.reason().isBlank(), typo);
        }
    }

    @Test
    void theLengthsOfRfc5321AreTheLimits() {
        String local64 = "a".repeat(64);
        assertEquals(Optional.of(local64 + "@example.org"), EmailAddress.check(local64 + "@example.org").address());
        assertEquals(Optional.empty(), EmailAddress.check("a" + local64 + "@example.org").address());
        String host = "h".repeat(60) + "." + "h".repeat(60) + "." + "h".repeat(60) + "." + "h".repeat(48) + ".org";
        String longest = "a@" + host; // 2 + 232 = 234 characters
        assertEquals(Optional.of(longest), EmailAddress.check(longest).address());
        assertEquals(Optional.empty(), EmailAddress.check("a".repeat(30) + longest).address(), "over 254");
    }
}
