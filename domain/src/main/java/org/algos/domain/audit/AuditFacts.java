package org.algos.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * What one audit event says: who (and in which role), when (UTC), did what to which patient's
 * data, with what outcome and for what purpose. The same facts are queued by the request and
 * sealed into the chain by the sequencer; texts are clipped to their columns here, once.
 */
@Embeddable
public class AuditFacts {

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "user_role", length = 20)
    private String userRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "patient_id")
    private Long patientId;

    @Column(length = 200)
    private String resource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditOutcome outcome;

    @Column(length = 1000)
    private String purpose;

    @Column(length = 2000)
    private String detail;

    @Column(nullable = false)
    private boolean flagged;

    protected AuditFacts() {
    }

    AuditFacts(LocalDateTime occurredAt, String username, String userRole, AuditRecord record) {
        this.occurredAt = occurredAt;
        this.username = clip(username, 100);
        this.userRole = userRole;
        this.action = record.action();
        this.patientId = record.patientId();
        this.resource = clip(record.resource(), 200);
        this.outcome = record.outcome();
        this.purpose = clip(record.purpose(), 1000);
        this.detail = clip(record.detail(), 2000);
        this.flagged = record.flagged();
    }

    /** The link of an event with these facts at {@code position}: keyed when a key is given, plain before. */
    String link(byte[] keyOrNull, String previousHash, long position) {
        Object[] fields = {position, occurredAt, username, userRole, action, patientId, resource, outcome, purpose,
            detail, flagged};
        return keyOrNull == null ? AuditHash.of(previousHash, fields) : AuditHash.keyed(keyOrNull, previousHash, fields);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    public String userRole() {
        return userRole;
    }

    public AuditAction action() {
        return action;
    }

    public Long patientId() {
        return patientId;
    }

    public String resource() {
        return resource;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String purpose() {
        return purpose;
    }

    public String detail() {
        return detail;
    }

    public boolean flagged() {
        return flagged;
    }
}
