package org.algos.careplan.plan;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A piece of work for one member of the care team, due by a date; created on the plan directly
 * or as the outcome of a case conference.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "care_plan_task")
public class CarePlanTask {

    @Id
    @SequenceGenerator(name = "care_plan_task_seq", sequenceName = "care_plan_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_plan_task_seq")
    private Long id;

    @Column(name = "care_plan_id", nullable = false)
    private long carePlanId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    /** The case conference that decided on the task, if any. */
    @Column(name = "case_conference_id")
    private Long caseConferenceId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String assignee;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Version
    private long version;

    protected CarePlanTask() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public CarePlanTask(Long id, CarePlan plan, Long caseConferenceId, String title, String assignee, LocalDate dueDate,
                        String createdBy, LocalDateTime createdAt) {
        this.id = id;
        this.carePlanId = plan.id();
        this.patientId = plan.patientId();
        this.caseConferenceId = caseConferenceId;
        this.title = title;
        this.assignee = assignee;
        this.dueDate = dueDate;
        this.status = TaskStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Done records who and when; reopening clears it. */
    public void changeStatus(TaskStatus newStatus, String by, LocalDateTime at) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        doneBy = newStatus == TaskStatus.DONE ? by : null;
        doneAt = newStatus == TaskStatus.DONE ? at : null;
    }

    /** Open and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueDate.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long carePlanId() {
        return carePlanId;
    }

    public long patientId() {
        return patientId;
    }

    public Long caseConferenceId() {
        return caseConferenceId;
    }

    public String title() {
        return title;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public TaskStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public LocalDateTime doneAt() {
        return doneAt;
    }

    public long version() {
        return version;
    }
}
