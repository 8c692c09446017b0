package org.algos.domain.audit;

import java.util.Iterator;

/**
 * Checks sealed events in chain order against the signed checkpoints: positions without gaps,
 * each event linking to the previous hash, each link matching its fields (keyed from the
 * position the checkpoints name), the chain passing through every checkpoint, and reaching
 * at least the newest one. Fed one event at a time and pulling checkpoints as it goes, so a
 * trail of any length is checked in constant memory.
 */
public final class AuditChainVerifier {

    private final Iterator<AuditCheckpoint> checkpoints;
    private final AuditSigningKey key;
    private final byte[] linkKey;
    private long expectedId = 1;
    private String previousHash = AuditHash.GENESIS;
    private long keyedFrom = Long.MAX_VALUE;
    private AuditCheckpoint next;
    private AuditCheckpoint lastPassed;
    private long checked;
    private Long brokenAt;
    private String problem;

    /** {@code checkpoints} oldest first, as the outside log holds them. */
    public AuditChainVerifier(AuditSigningKey key, Iterator<AuditCheckpoint> checkpoints) {
        this.key = key;
        this.linkKey = key.linkKey();
        this.checkpoints = checkpoints;
        pull();
        if (next != null) {
            keyedFrom = next.keyedFrom();
        }
        passCheckpointsAt(0);
    }

    /**
     * Starts after a checkpoint verified before, whose event still carries the checkpoint's hash:
     * only the events sealed since are read again.
     */
    public void resumeAfter(AuditCheckpoint verified, AuditEvent itsEvent) {
        if (!key.signed(verified) || itsEvent == null || itsEvent.id() != verified.position()
                || !itsEvent.hash().equals(verified.hash())) {
            fail(verified.position(), "event " + verified.position() + " no longer matches the checkpoint verified"
                    + " before; verify the whole chain");
            return;
        }
        while (next != null && next.position() <= verified.position()) {
            pull();
        }
        expectedId = verified.position() + 1;
        previousHash = verified.hash();
        lastPassed = verified;
    }

    /** Returns false once the chain is found broken; later events are not looked at. */
    public boolean accept(AuditEvent event) {
        if (brokenAt != null) {
            return false;
        }
        if (event.id() != expectedId) {
            return fail(expectedId, "event " + expectedId + " is missing (next present is " + event.id() + ")");
        }
        if (!event.prevHash().equals(previousHash)) {
            return fail(event.id(), "event " + event.id() + " does not link to the hash of event " + (event.id() - 1));
        }
        if (!event.computeHash(event.id() >= keyedFrom ? linkKey : null).equals(event.hash())) {
            return fail(event.id(), "event " + event.id() + " was altered after it was sealed");
        }
        previousHash = event.hash();
        expectedId++;
        checked++;
        return passCheckpointsAt(event.id());
    }

    /** Checks the checkpoints at {@code position}, which the chain has just reached. */
    private boolean passCheckpointsAt(long position) {
        while (brokenAt == null && next != null && next.position() == position) {
            if (!next.hash().equals(previousHash)) {
                long from = lastPassed == null ? 1 : lastPassed.position() + 1;
                return fail(from, "events " + from + " to " + position + " differ from the signed checkpoint of "
                        + next.sealedAt() + " at event " + position + ": one of them was rewritten");
            }
            lastPassed = next;
            pull();
        }
        return brokenAt == null;
    }

    private void pull() {
        AuditCheckpoint previous = next;
        next = checkpoints.hasNext() ? checkpoints.next() : null;
        if (next == null || brokenAt != null) {
            return;
        }
        if (!key.signed(next)) {
            fail(next.position(), "the checkpoint at event " + next.position() + " is not signed by this"
                    + " installation's key");
        } else if (next.keyedFrom() != keyedFrom && previous != null) {
            fail(next.position(), "the checkpoint at event " + next.position() + " names another start of keyed links");
        } else if (previous != null && next.position() < previous.position()) {
            fail(next.position(), "the checkpoint log goes back from event " + previous.position() + " to "
                    + next.position());
        } else if (next.position() < expectedId - 1) {
            fail(next.position(), "the checkpoint at event " + next.position() + " was not passed in order");
        }
    }

    /** The newest checkpoint the chain was found to pass through, to resume from next time. */
    public AuditCheckpoint lastPassed() {
        return brokenAt == null ? lastPassed : null;
    }

    /**
     * Ends the walk. The head, read before the walk began, may only be behind the chain (batches
     * sealed meanwhile), never ahead of it or elsewhere.
     */
    public AuditVerification finish(long headLastEventId, String headLastHash) {
        long last = expectedId - 1;
        if (brokenAt == null && next != null) {
            fail(last + 1, "event " + (last + 1) + " is missing: the signed checkpoint of " + next.sealedAt()
                    + " says the chain reached event " + next.position() + ", the database holds " + last);
        } else if (brokenAt == null && (headLastEventId > last
                || headLastEventId == last && !headLastHash.equals(previousHash))) {
            fail(Math.min(last, headLastEventId) + 1, "the chain ends at event " + last
                    + " but the chain head says " + headLastEventId);
        }
        if (brokenAt != null) {
            return new AuditVerification(false, checked, brokenAt, problem);
        }
        long unsigned = lastPassed == null ? last : last - lastPassed.position();
        return new AuditVerification(true, checked, null, checked + " events checked, chain intact"
                + (lastPassed == null ? "; no signed checkpoint yet"
                        : " up to the signed checkpoint at event " + lastPassed.position() + " of "
                                + lastPassed.sealedAt())
                + (unsigned > 0 && lastPassed != null ? "; " + unsigned + " newer events await their checkpoint" : ""));
    }

    private boolean fail(long eventId, String message) {
        if (brokenAt == null) {
            brokenAt = eventId;
            problem = message;
        }
        return false;
    }
}
