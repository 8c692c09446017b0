package org.algos.web.kit.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Reference;

/**
 * Staff accounts as FHIR {@code Practitioner}s. A FHIR id allows letters, digits, '-' and '.' up
 * to 64 characters; a user name (which may hold '_' or come from the identity provider) that
 * fits is its own id, any other is {@code u-} and 32 hex digits of its SHA-256, so every slice
 * writes the same reference without looking the account up.
 */
public final class Practitioners {

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    private Practitioners() {
    }

    public static String id(String username) {
        if (FHIR_ID.matcher(username).matches()) {
            return username;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return "u-" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code Practitioner/<id>} with the person's name as display, or none when no one is named. */
    public static Reference reference(String username, String displayName) {
        return new Reference("Practitioner/" + id(username)).setDisplay(displayName);
    }
}
