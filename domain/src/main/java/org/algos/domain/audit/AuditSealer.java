package org.algos.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drives the sequencer on this node: seals what is queued, batch after batch, and after each
 * committed batch signs a checkpoint and writes it out. Before the first batch it checks that
 * the database's chain still ends where the newest signed checkpoint says (or extends it by
 * events whose keyed links are intact, sealed by another node or just before a crash); if not,
 * it seals nothing more: events stay queued, and verification names the first event concerned.
 */
@ApplicationScoped
public class AuditSealer {

    /** Events per transaction: large enough to share the commit, small enough to stay quick. */
    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Inject
    private AuditSequencer sequencer;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private Clock clock;

    private boolean started;
    private long keyedFrom;
    private String halted;
    private Instant lastSealedAt;
    private long lastLagMillis;
    private long maxLagMillis;

    /** Seals everything committed so far; returns how many events it sealed. */
    public synchronized int sealPending() {
        if (!started && !start()) {
            return 0;
        }
        if (halted != null) {
            return 0;
        }
        int total = 0;
        while (true) {
            SealedBatch batch = sequencer.sealBatch(checkpoints.linkKey(), BATCH);
            if (batch.sealed() == 0) {
                return total;
            }
            Instant now = clock.instant();
            checkpoints.publish(batch.position(), batch.hash(), keyedFrom, now);
            total += batch.sealed();
            lastSealedAt = now;
            lastLagMillis = Duration.between(batch.oldestOccurredAt().toInstant(ZoneOffset.UTC), now).toMillis();
            maxLagMillis = Math.max(maxLagMillis, lastLagMillis);
            if (batch.sealed() < BATCH) {
                return total;
            }
        }
    }

    private boolean start() {
        SealedBatch tail = sequencer.tail();
        Optional<AuditCheckpoint> newest = checkpoints.newest();
        if (newest.isEmpty()) {
            // The first checkpoint: links are keyed from the next position on.
            keyedFrom = tail.position() + 1;
            checkpoints.publish(tail.position(), tail.hash(), keyedFrom, clock.instant());
            if (tail.position() > 0) {
                LOG.warning("The audit checkpoint log " + checkpoints.logFile() + " was empty: the first "
                        + tail.position() + " events are covered by their unkeyed chain only");
            }
        } else {
            AuditCheckpoint last = newest.get();
            keyedFrom = last.keyedFrom();
            halted = checkTail(last, tail);
            if (halted == null && tail.position() > last.position()) {
                checkpoints.publish(tail.position(), tail.hash(), keyedFrom, clock.instant());
            }
        }
        started = true;
        if (halted != null) {
            LOG.severe("Audit events are kept queued and not sealed: " + halted
                    + ". Verify the trail (GET /api/audit/verify) and investigate.");
        }
        return true;
    }

    /** Null when the chain in the database continues the newest checkpoint, else what is wrong. */
    private String checkTail(AuditCheckpoint last, SealedBatch tail) {
        if (!checkpoints.signed(last)) {
            return "the newest checkpoint is not signed by this installation's key";
        }
        if (tail.position() < last.position()) {
            return "the chain ends at event " + tail.position() + ", before the signed checkpoint at event "
                    + last.position();
        }
        AuditEvent at = last.position() == 0 ? null : sequencer.at(last.position());
        String hashAt = at == null ? AuditHash.GENESIS : at.hash();
        if (!hashAt.equals(last.hash())) {
            return "event " + last.position() + " no longer matches its signed checkpoint";
        }
        // Events sealed after the newest checkpoint must carry intact keyed links.
        String previous = last.hash();
        byte[] linkKey = checkpoints.linkKey();
        long position = last.position();
        while (position < tail.position()) {
            for (AuditEvent event : sequencer.after(position, BATCH)) {
                if (event.id() != position + 1 || !event.prevHash().equals(previous)
                        || !event.computeHash(linkKey).equals(event.hash())) {
                    return "event " + (position + 1) + " after the newest checkpoint is not one this installation sealed";
                }
                previous = event.hash();
                position = event.id();
            }
            if (position < tail.position() && sequencer.after(position, 1).isEmpty()) {
                return "events " + (position + 1) + " to " + tail.position() + " are missing";
            }
        }
        return previous.equals(tail.hash()) ? null : "the chain head does not match event " + tail.position();
    }

    /** What the sequencer on this node is doing, for the auditor and the benchmark. */
    public synchronized SequencerStatus status() {
        long queued = sequencer.queued();
        SealedBatch tail = sequencer.tail();
        LocalDateTime last = lastSealedAt == null ? null : LocalDateTime.ofInstant(lastSealedAt, ZoneOffset.UTC);
        return new SequencerStatus(tail.position(), queued, last, lastLagMillis, maxLagMillis, halted);
    }

    /** Forgets the largest lag seen, to measure the next stretch of load. */
    public synchronized void resetLag() {
        maxLagMillis = 0;
    }

    public static void logFailure(Exception e) {
        LOG.log(Level.WARNING, "Sealing audit events failed; they stay queued and the next pass retries", e);
    }
}
