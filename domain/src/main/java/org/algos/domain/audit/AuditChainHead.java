package org.algos.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The end of the audit chain: the last event's number and hash. Appending locks this single row,
 * so events get consecutive numbers and each links to the one committed before it.
 */
@Entity
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

    /** Builds the next event in the chain and moves the head to it. */
    AuditEvent append(LocalDateTime occurredAt, String username, String userRole, AuditAction action, Long patientId,
                      String resource, AuditOutcome outcome, String purpose, String detail, boolean flagged) {
        AuditEvent event = new AuditEvent(lastEventId + 1, occurredAt, username, userRole, action, patientId, resource,
                outcome, purpose, detail, flagged, lastHash);
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
