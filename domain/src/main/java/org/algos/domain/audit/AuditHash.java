package org.algos.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 link of the audit hash chain: each event's hash covers its own fields and the previous
 * event's hash, so changing, removing or reordering any event breaks every later link.
 * Fields are written with their length in front, so no choice of text can make two different
 * events read the same.
 */
public final class AuditHash {

    /** The hash the first event links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, Object... fields) {
        StringBuilder canonical = new StringBuilder(256).append(previousHash);
        for (Object field : fields) {
            String text = field == null ? "" : field.toString();
            canonical.append('|').append(field == null ? -1 : text.length()).append(':').append(text);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
