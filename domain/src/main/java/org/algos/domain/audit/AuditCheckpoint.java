package org.algos.domain.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A signed statement that the chain reached {@code position} with {@code hash} at {@code sealedAt}:
 * the sequencer writes one after each batch, outside the database, so that what the database
 * says can be checked against something it cannot rewrite. {@code keyedFrom} is the first
 * position whose link is keyed (earlier events predate keyed links), carried in every
 * checkpoint so that no one can claim more of the chain is unkeyed than was.
 *
 * @param signature Ed25519 signature of {@link #message()}, Base64
 */
public record AuditCheckpoint(long position, String hash, Instant sealedAt, long keyedFrom, String signature) {

    private static final String FORMAT = "algos-audit-checkpoint/1";

    /** The exact bytes that are signed. */
    public byte[] message() {
        return message(position, hash, sealedAt, keyedFrom);
    }

    static byte[] message(long position, String hash, Instant sealedAt, long keyedFrom) {
        return (FORMAT + "\n" + position + "\n" + hash + "\n" + sealedAt + "\n" + keyedFrom + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One line of the checkpoint log: "1 position hash time keyedFrom signature". */
    public String line() {
        return "1 " + position + " " + hash + " " + sealedAt + " " + keyedFrom + " " + signature;
    }

    /** Reads a line of the log; a line that is not a checkpoint is refused with the reason. */
    public static AuditCheckpoint parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 6 || !"1".equals(parts[0])) {
            throw new IllegalArgumentException("not a checkpoint line: " + abbreviated(line));
        }
        try {
            return new AuditCheckpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]),
                    Long.parseLong(parts[4]), parts[5]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a checkpoint line: " + abbreviated(line), e);
        }
    }

    private static String abbreviated(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
