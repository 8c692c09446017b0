package org.algos.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * The end of the sealed chain: the last event's position and hash. Only the sequencer reads it
 * for update, so it is the lease that keeps one sequencer at a time, on one node or several;
 * requests never touch it.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_event_id", nullable = false)
    private long lastEventId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** Seals the next event of the chain and moves the head to it. */
    AuditEvent seal(AuditFacts facts, byte[] linkKey) {
        AuditEvent event = new AuditEvent(lastEventId + 1, facts, lastHash, linkKey);
        lastEventId = event.id();
        lastHash = event.hash();
        return event;
    }

    public long lastEventId() {
        return lastEventId;
    }

    public String lastHash() {
        return lastHash;
    }
}
