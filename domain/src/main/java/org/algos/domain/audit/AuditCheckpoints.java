package org.algos.domain.audit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Where the sequencer's signed checkpoints go: the signing key and the log file (both outside
 * the database), plus an optional copy of each checkpoint to a syslog collector hospital IT
 * runs, so that whoever can rewrite this server's disk still cannot rewrite what was sent.
 */
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    private final AuditSigningKey key;
    private final AuditCheckpointLog log;
    private final Path verifiedMark;
    private final InetSocketAddress syslog;

    /**
     * @param syslog "host:port" of a syslog collector (UDP, RFC 5424), or null or blank for none
     */
    public AuditCheckpoints(Path keyFile, Path logFile, String syslog) {
        this.key = AuditSigningKey.openOrCreate(keyFile);
        this.log = new AuditCheckpointLog(logFile);
        this.verifiedMark = logFile.resolveSibling(logFile.getFileName() + ".verified");
        this.syslog = syslog == null || syslog.isBlank() ? null : address(syslog.trim());
    }

    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("The audit syslog target must be host:port, not " + hostPort);
        }
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    /** Signs that the chain reached {@code position} with {@code hash}, and writes it out. */
    public AuditCheckpoint publish(long position, String hash, long keyedFrom, Instant at) {
        AuditCheckpoint unsigned = new AuditCheckpoint(position, hash, at, keyedFrom, "");
        AuditCheckpoint checkpoint = new AuditCheckpoint(position, hash, at, keyedFrom, key.sign(unsigned.message()));
        log.append(checkpoint);
        copyToSyslog(checkpoint);
        return checkpoint;
    }

    private void copyToSyslog(AuditCheckpoint checkpoint) {
        if (syslog == null) {
            return;
        }
        // facility 13 (log audit), severity 6 (informational): <110>
        String message = "<110>1 " + checkpoint.sealedAt() + " - algos - audit-checkpoint - " + checkpoint.line();
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(new DatagramPacket(bytes, bytes.length, syslog));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The audit checkpoint could not be copied to syslog at " + syslog, e);
        }
    }

    public Optional<AuditCheckpoint> newest() {
        return log.newest();
    }

    public List<AuditCheckpoint> newest(int skip, int limit) {
        return log.newest(skip, limit);
    }

    /** All checkpoints, oldest first, read lazily; close the stream. */
    public Stream<AuditCheckpoint> all() {
        return log.all();
    }

    public AuditChainVerifier verifier(Iterator<AuditCheckpoint> checkpoints) {
        return new AuditChainVerifier(key, checkpoints);
    }

    /** The position of the checkpoint the last complete verification passed, if any. */
    public Optional<Long> lastVerified() {
        try {
            return Files.exists(verifiedMark) ? Optional.of(Long.parseLong(Files.readString(verifiedMark).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void markVerified(long position) {
        try {
            Files.writeString(verifiedMark, position + "\n");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not note the verified checkpoint in " + verifiedMark, e);
        }
    }

    public Optional<AuditCheckpoint> at(long position) {
        try (Stream<AuditCheckpoint> all = all()) {
            return all.filter(c -> c.position() == position).reduce((a, b) -> b);
        }
    }

    public boolean signed(AuditCheckpoint checkpoint) {
        return key.signed(checkpoint);
    }

    byte[] linkKey() {
        return key.linkKey();
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    public Path logFile() {
        return log.file();
    }
}
