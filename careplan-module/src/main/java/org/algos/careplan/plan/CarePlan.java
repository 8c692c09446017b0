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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * One multidisciplinary care plan of a patient: title, the problems it addresses, its status and
 * the physician who owns it. Goals, modalities and tasks refer to it by id.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "care_plan")
public class CarePlan {

    /** Problems are kept one per line. */
    static final String PROBLEM_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "care_plan_seq", sequenceName = "care_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_plan_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CarePlanStatus status;

    /**
     * The patient id while the plan is active, null otherwise: a unique column, so the database
     * itself keeps one active plan per patient even when two physicians activate at once.
     */
    @Column(name = "active_patient_id", unique = true)
    private Long activePatientId;

    @Column(length = 4000)
    private String problems;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected CarePlan() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public CarePlan(Long id, long patientId, String title, List<String> problems, CarePlanStatus status, String owner,
                    LocalDateTime createdAt) {
        if (!CarePlanStatus.initial().contains(status)) {
            throw new IllegalArgumentException("A plan starts as a draft or active");
        }
        this.id = id;
        this.patientId = patientId;
        this.title = title;
        this.problems = joined(problems);
        this.owner = owner;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.updatedBy = owner;
        setStatus(status);
    }

    /** Changes what was given (null leaves a part as it is); the caller has checked the transition. */
    public void revise(String newTitle, List<String> newProblems, CarePlanStatus newStatus, String by,
                       LocalDateTime at) {
        if (newStatus != null && !status.canBecome(newStatus)) {
            throw new IllegalStateException("A " + status.code() + " plan cannot become " + newStatus.code());
        }
        if (newTitle != null) {
            title = newTitle;
        }
        if (newProblems != null) {
            problems = joined(newProblems);
        }
        if (newStatus != null) {
            setStatus(newStatus);
        }
        updatedBy = by;
        updatedAt = at;
    }

    private void setStatus(CarePlanStatus newStatus) {
        status = newStatus;
        activePatientId = newStatus == CarePlanStatus.ACTIVE ? patientId : null;
    }

    private static String joined(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join(PROBLEM_SEPARATOR, items);
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String title() {
        return title;
    }

    public CarePlanStatus status() {
        return status;
    }

    public List<String> problems() {
        return problems == null || problems.isEmpty() ? List.of() : Arrays.asList(problems.split(PROBLEM_SEPARATOR));
    }

    public String owner() {
        return owner;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
