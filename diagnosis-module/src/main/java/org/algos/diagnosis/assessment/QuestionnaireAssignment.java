package org.algos.diagnosis.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A questionnaire the team asks the patient to complete before a visit. It is done when the
 * patient stores an assessment of that instrument.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "questionnaire_assignment")
public class QuestionnaireAssignment {

    @Id
    @SequenceGenerator(name = "questionnaire_assignment_seq", sequenceName = "questionnaire_assignment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_assignment_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 20)
    private String instrument;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "procedure_id")
    private Long procedureId;

    @Column(name = "follow_up_point", length = 4)
    private String followUpPoint;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "opened_notice_on")
    private LocalDate openedNoticeOn;

    @Column(name = "closing_notice_on")
    private LocalDate closingNoticeOn;

    protected QuestionnaireAssignment() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public QuestionnaireAssignment(Long id, long patientId, String instrument, LocalDate dueOn, String assignedBy,
                                   LocalDateTime assignedAt) {
        this.id = id;
        this.patientId = patientId;
        this.instrument = instrument;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** A request of a procedure's outcome schedule, which the patient sees from {@code opensOn}. */
    static QuestionnaireAssignment forProcedure(long patientId, String instrument, LocalDate opensOn, LocalDate dueOn,
                                                long procedureId, String point, String assignedBy,
                                                LocalDateTime assignedAt) {
        QuestionnaireAssignment request = new QuestionnaireAssignment(null, patientId, instrument, dueOn, assignedBy,
                assignedAt);
        request.procedureId = procedureId;
        request.followUpPoint = point;
        request.opensOn = opensOn;
        return request;
    }

    /** The patient was told (by e-mail) that the request is open. */
    void openedNoticeQueued(LocalDate on) {
        this.openedNoticeOn = on;
    }

    /** The patient was reminded (by e-mail) that the request closes soon. */
    void closingNoticeQueued(LocalDate on) {
        this.closingNoticeOn = on;
    }

    void completeWith(long completingAssessmentId, LocalDateTime at) {
        this.assessmentId = completingAssessmentId;
        this.completedAt = at;
    }

    public Long id() {
        return id;
    }

    public String instrument() {
        return instrument;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Long assessmentId() {
        return assessmentId;
    }

    public LocalDateTime completedAt() {
        return completedAt;
    }

    public LocalDateTime assignedAt() {
        return assignedAt;
    }

    /** The procedure whose outcome schedule made the request; null for a request made by hand. */
    public Long procedureId() {
        return procedureId;
    }

    /** The follow-up point of the procedure, e.g. "3m"; null for a request made by hand. */
    public String followUpPoint() {
        return followUpPoint;
    }

    /** The first day the patient sees the request; null: from when it was made. */
    public LocalDate opensOn() {
        return opensOn;
    }

    public long patientId() {
        return patientId;
    }

    public boolean isOpen() {
        return completedAt == null;
    }
}
