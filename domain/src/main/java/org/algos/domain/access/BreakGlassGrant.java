package org.algos.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/** Time-limited emergency access to one patient's record, given with a reason and flagged for review. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "break_glass_grant")
public class BreakGlassGrant {

    public static final int MIN_REASON_LENGTH = 10;
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "break_glass_grant_seq", sequenceName = "break_glass_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "break_glass_grant_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "write_reason", length = MAX_REASON_LENGTH)
    private String writeReason;

    protected BreakGlassGrant() {
    }

    public BreakGlassGrant(long patientId, String username, String reason, LocalDateTime now, Duration validFor) {
        this(patientId, username, reason, null, now, validFor);
    }

    /** A grant that may also change the record, for the emergency {@code writeReason} states. */
    public BreakGlassGrant(long patientId, String username, String reason, String writeReason, LocalDateTime now,
                           Duration validFor) {
        this.patientId = patientId;
        this.username = username;
        this.reason = reason;
        this.writeReason = writeReason;
        this.grantedAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime grantedAt() {
        return grantedAt;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }

    /** Why the grant may change the record; null for a read-only grant. */
    public String writeReason() {
        return writeReason;
    }

    public boolean allowsWrites() {
        return writeReason != null;
    }
}
