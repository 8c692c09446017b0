package org.algos.domain.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/** One message to a patient, from the moment it is decided until it is sent or given up. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "patient_message")
public class PatientMessage {

    /** Tries before a message is given up: with the doubling wait, about a day of retrying. */
    public static final int MAX_ATTEMPTS = 10;

    @Id
    @SequenceGenerator(name = "patient_message_seq", sequenceName = "patient_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_message_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageKind kind;

    @Column(nullable = false, length = 80, unique = true)
    private String reference;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(length = 254)
    private String recipient;

    @Column(length = 200)
    private String subject;

    @Column(length = 2000)
    private String body;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    private long version;

    protected PatientMessage() {
    }

    PatientMessage(long patientId, MessageKind kind, String reference, LocalDate closesOn, LocalDateTime now) {
        this.patientId = patientId;
        this.kind = kind;
        this.reference = reference;
        this.closesOn = closesOn;
        this.status = MessageStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(String to, String subjectSent, String bodySent, LocalDateTime now) {
        attempts++;
        status = MessageStatus.SENT;
        recipient = to;
        subject = subjectSent;
        body = bodySent;
        lastError = null;
        finishedAt = now;
    }

    /** A failed try: the next waits twice as long as the one before (1, 2, 4 … minutes, at most 4 hours). */
    void failed(String to, String error, LocalDateTime now) {
        attempts++;
        recipient = to;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MessageStatus.FAILED;
            finishedAt = now;
        } else {
            nextAttemptAt = now.plus(retryDelay(attempts));
        }
    }

    static Duration retryDelay(int failedAttempts) {
        return Duration.ofMinutes(Math.min(240, 1L << Math.min(failedAttempts - 1, 8)));
    }

    void cancelled(String why, LocalDateTime now) {
        status = MessageStatus.CANCELLED;
        lastError = why;
        finishedAt = now;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public MessageKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String lastError() {
        return lastError;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }
}
