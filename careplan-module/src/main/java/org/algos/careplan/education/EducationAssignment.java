package org.algos.careplan.education;

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
 * An education text the care team gave a patient to read, with an optional note from the team and
 * when the patient marked it read. A text is given to a patient once (unique per patient and topic).
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "education_assignment")
public class EducationAssignment {

    @Id
    @SequenceGenerator(name = "education_assignment_seq", sequenceName = "education_assignment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "education_assignment_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 60)
    private String topic;

    @Column(length = 500)
    private String note;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Version
    private long version;

    protected EducationAssignment() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public EducationAssignment(Long id, long patientId, EducationTopic topic, String note, String assignedBy,
                               LocalDateTime assignedAt) {
        this.id = id;
        this.patientId = patientId;
        this.topic = topic.code();
        this.note = note;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /**
     * The first time counts; marking a text read again changes nothing. Returns whether it changed.
     * Public for history recorded without a caller (the demo clinic); requests go through the service.
     */
    public boolean markRead(LocalDateTime at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String topicCode() {
        return topic;
    }

    /** The catalogue entry; a code no longer in the catalogue is an error of the shipped texts. */
    public EducationTopic topic() {
        return EducationCatalogue.find(topic)
                .orElseThrow(() -> new IllegalStateException("Education text " + topic + " is no longer shipped"));
    }

    public String note() {
        return note;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public LocalDateTime assignedAt() {
        return assignedAt;
    }

    public LocalDateTime readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public long version() {
        return version;
    }
}
