package org.algos.domain.audit;

/**
 * Checks events in chain order: numbers without gaps from 1, each linking to the previous hash,
 * each hash matching its fields, and the chain ending where the head says. Fed one event at a
 * time, so a trail of any length is checked in constant memory.
 */
public final class AuditChainVerifier {

    private long expectedId = 1;
    private String previousHash = AuditHash.GENESIS;
    private long checked;
    private Long brokenAt;
    private String problem;

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
        if (!event.computeHash().equals(event.hash())) {
            return fail(event.id(), "event " + event.id() + " was altered after it was written");
        }
        previousHash = event.hash();
        expectedId++;
        checked++;
        return true;
    }

    public AuditVerification finish(long headLastEventId, String headLastHash) {
        if (brokenAt == null && headLastEventId != expectedId - 1) {
            fail(expectedId, "the chain ends at event " + (expectedId - 1) + " but " + headLastEventId
                    + " events were written");
        } else if (brokenAt == null && !headLastHash.equals(previousHash)) {
            fail(expectedId - 1, "the last event does not match the recorded end of the chain");
        }
        return brokenAt == null
                ? new AuditVerification(true, checked, null, checked + " events, chain intact")
                : new AuditVerification(false, checked, brokenAt, problem);
    }

    private boolean fail(long eventId, String message) {
        brokenAt = eventId;
        problem = message;
        return false;
    }
}
