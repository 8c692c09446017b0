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

/** A SMART goal of a care plan: what, measured how, to which value, by when, and how far it has come. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "care_plan_goal")
public class CarePlanGoal {

    @Id
    @SequenceGenerator(name = "care_plan_goal_seq", sequenceName = "care_plan_goal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_plan_goal_seq")
    private Long id;

    @Column(name = "care_plan_id", nullable = false)
    private long carePlanId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 200)
    private String measure;

    @Column(name = "target_value", nullable = false, length = 100)
    private String targetValue;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GoalStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected CarePlanGoal() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public CarePlanGoal(Long id, CarePlan plan, String description, String measure, String targetValue,
                        LocalDate targetDate, GoalStatus status, String createdBy, LocalDateTime createdAt) {
        this.id = id;
        this.carePlanId = plan.id();
        this.patientId = plan.patientId();
        this.description = description;
        this.measure = measure;
        this.targetValue = targetValue;
        this.targetDate = targetDate;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Changes what was given (null leaves a part as it is); the caller has checked the transition. */
    public void revise(String newDescription, String newMeasure, String newTargetValue, LocalDate newTargetDate,
                       GoalStatus newStatus, LocalDateTime at) {
        if (newStatus != null && !status.canBecome(newStatus)) {
            throw new IllegalStateException("A goal " + status.code() + " cannot become " + newStatus.code());
        }
        description = newDescription == null ? description : newDescription;
        measure = newMeasure == null ? measure : newMeasure;
        targetValue = newTargetValue == null ? targetValue : newTargetValue;
        targetDate = newTargetDate == null ? targetDate : newTargetDate;
        status = newStatus == null ? status : newStatus;
        updatedAt = at;
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

    public String description() {
        return description;
    }

    public String measure() {
        return measure;
    }

    public String targetValue() {
        return targetValue;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public GoalStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
