package org.algos.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One entry of the append-only audit trail: who (and in which role), when (UTC), did what to
 * which patient's data, with what outcome and for what purpose. Events are numbered without gaps
 * and chained by SHA-256 ({@link AuditHash}); nothing in the application updates or deletes them.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long id;

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

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long id, LocalDateTime occurredAt, String username, String userRole, AuditAction action, Long patientId,
               String resource, AuditOutcome outcome, String purpose, String detail, boolean flagged, String prevHash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.username = username;
        this.userRole = userRole;
        this.action = action;
        this.patientId = patientId;
        this.resource = clip(resource, 200);
        this.outcome = outcome;
        this.purpose = clip(purpose, 1000);
        this.detail = clip(detail, 2000);
        this.flagged = flagged;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** Recomputes the hash from the stored fields; differs from {@link #hash()} when a row was altered. */
    public String computeHash() {
        return AuditHash.of(prevHash, id, occurredAt, username, userRole, action, patientId, resource, outcome,
                purpose, detail, flagged);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public long id() {
        return id;
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

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
