package org.algos.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * One sealed entry of the append-only audit trail. Its id is its position: positions follow
 * each other without gaps, and each event's hash links it to the one before ({@link AuditHash}).
 * Only the sequencer writes events, and nothing updates or deletes them.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long id;

    @Embedded
    private AuditFacts facts;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    /** Seals {@code facts} at {@code position} after the event whose hash is {@code prevHash}. */
    AuditEvent(long position, AuditFacts facts, String prevHash, byte[] keyOrNull) {
        this.id = position;
        this.facts = facts;
        this.prevHash = prevHash;
        this.hash = facts.link(keyOrNull, prevHash, position);
    }

    /** Recomputes the link from the stored fields; differs from {@link #hash()} when a row was altered. */
    public String computeHash(byte[] keyOrNull) {
        return facts.link(keyOrNull, prevHash, id);
    }

    public long id() {
        return id;
    }

    public LocalDateTime occurredAt() {
        return facts.occurredAt();
    }

    public String username() {
        return facts.username();
    }

    public String userRole() {
        return facts.userRole();
    }

    public AuditAction action() {
        return facts.action();
    }

    public Long patientId() {
        return facts.patientId();
    }

    public String resource() {
        return facts.resource();
    }

    public AuditOutcome outcome() {
        return facts.outcome();
    }

    public String purpose() {
        return facts.purpose();
    }

    public String detail() {
        return facts.detail();
    }

    public boolean flagged() {
        return facts.flagged();
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
