package org.algos.careplan.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Map;
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

    /** The text itself, shipped or the clinic's, looked up by {@link EducationLibrary} when the row is read. */
    @Transient
    private EducationTopic text;

    protected EducationAssignment() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public EducationAssignment(Long id, long patientId, EducationTopic topic, String note, String assignedBy,
                               LocalDateTime assignedAt) {
        this.id = id;
        this.patientId = patientId;
        this.topic = topic.code();
        this.text = topic;
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

    /** The text given; {@link PatientEducation} looks it up for every row it returns. */
    public EducationTopic topic() {
        if (text == null) {
            throw new IllegalStateException("Education assignment " + id + " was read without its text");
        }
        return text;
    }

    /** Attaches the text a code names; a code that names none is a text removed from the shipped set. */
    void attach(Map<String, EducationTopic> texts) {
        text = texts.get(topic);
        if (text == null) {
            throw new IllegalStateException("Education text " + topic + " is no longer there");
        }
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
