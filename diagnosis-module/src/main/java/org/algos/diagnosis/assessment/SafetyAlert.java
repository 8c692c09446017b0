package org.algos.diagnosis.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A safety alert raised by an answer (PHQ-9 item 9 above 0). The chart shows it until a
 * clinician acknowledges it; the acknowledgement is audited.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "safety_alert")
public class SafetyAlert {

    @Id
    @SequenceGenerator(name = "safety_alert_seq", sequenceName = "safety_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_alert_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Version
    private long version;

    protected SafetyAlert() {
    }

    public SafetyAlert(long patientId, long assessmentId, String message, LocalDateTime raisedAt) {
        this.patientId = patientId;
        this.assessmentId = assessmentId;
        this.message = message;
        this.raisedAt = raisedAt;
    }

    /** Returns false when someone acknowledged it already. */
    public boolean acknowledge(String username, LocalDateTime at) {
        if (acknowledgedBy != null) {
            return false;
        }
        acknowledgedBy = username;
        acknowledgedAt = at;
        return true;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public long assessmentId() {
        return assessmentId;
    }

    public String message() {
        return message;
    }

    public LocalDateTime raisedAt() {
        return raisedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public LocalDateTime acknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isOpen() {
        return acknowledgedBy == null;
    }
}
