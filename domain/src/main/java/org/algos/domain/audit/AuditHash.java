package org.algos.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The link of the audit hash chain: each event's hash covers its own fields and the previous
 * event's hash, so changing, removing or reordering any event breaks every later link.
 *
 * <p>Links are keyed (HMAC-SHA-256) with a key derived from the checkpoint signing key, which
 * lives outside the database: whoever can only edit the database cannot recompute the links
 * after a change. Events sealed before keyed links existed keep their plain SHA-256 link; the
 * signed checkpoints say from which position links are keyed. Fields are written with their
 * length in front, so no choice of text can make two different events read the same.
 */
public final class AuditHash {

    /** The hash the first event links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** The plain SHA-256 link of events sealed before links were keyed. */
    public static String of(String previousHash, Object... fields) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(previousHash, fields)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** The keyed link: HMAC-SHA-256 of the same canonical form. */
    public static String keyed(byte[] key, String previousHash, Object... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical(previousHash, fields)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA256", e);
        }
    }

    private static byte[] canonical(String previousHash, Object... fields) {
        StringBuilder canonical = new StringBuilder(256).append(previousHash);
        for (Object field : fields) {
            String text = field == null ? "" : field.toString();
            canonical.append('|').append(field == null ? -1 : text.length()).append(':').append(text);
        }
        return canonical.toString().getBytes(StandardCharsets.UTF_8);
    }
}
