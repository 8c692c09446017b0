package org.algos.domain.audit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * An audit event written by a request and not yet sealed: it commits with the change it
 * describes, touching no row another request needs, and waits for the sequencer to give it its
 * position in the chain ({@link AuditSequencer}). Ids order the queue; they are not positions.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "audit_queue")
public class QueuedAuditEvent {

    /** From {@link AuditGroupCommit#nextId()}: the order events were recorded in on this node. */
    @Id
    private Long id;

    @Embedded
    private AuditFacts facts;

    protected QueuedAuditEvent() {
    }

    QueuedAuditEvent(long id, AuditFacts facts) {
        this.id = id;
        this.facts = facts;
    }

    public Long id() {
        return id;
    }

    public AuditFacts facts() {
        return facts;
    }
}
