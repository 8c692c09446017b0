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
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * One treatment of the plan by discipline (physiotherapy, CBT, …): what, how often, and the
 * clinician on the care team who is responsible for it. The discipline never changes.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "care_plan_modality")
public class CarePlanModality {

    @Id
    @SequenceGenerator(name = "care_plan_modality_seq", sequenceName = "care_plan_modality_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_plan_modality_seq")
    private Long id;

    @Column(name = "care_plan_id", nullable = false)
    private long carePlanId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Discipline discipline;

    @Column(length = 1000)
    private String details;

    @Column(nullable = false, length = 200)
    private String frequency;

    @Column(nullable = false, length = 100)
    private String responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ModalityStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected CarePlanModality() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public CarePlanModality(Long id, CarePlan plan, Discipline discipline, String details, String frequency,
                            String responsible, ModalityStatus status, String createdBy, LocalDateTime createdAt) {
        this.id = id;
        this.carePlanId = plan.id();
        this.patientId = plan.patientId();
        this.discipline = discipline;
        this.details = details;
        this.frequency = frequency;
        this.responsible = responsible;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    /** Changes what was given; null leaves a part as it is (details: an empty text clears them). */
    public void revise(String newDetails, String newFrequency, String newResponsible, ModalityStatus newStatus,
                       String by, LocalDateTime at) {
        details = newDetails == null ? details : newDetails.isEmpty() ? null : newDetails;
        frequency = newFrequency == null ? frequency : newFrequency;
        responsible = newResponsible == null ? responsible : newResponsible;
        status = newStatus == null ? status : newStatus;
        updatedBy = by;
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

    public Discipline discipline() {
        return discipline;
    }

    public String details() {
        return details;
    }

    public String frequency() {
        return frequency;
    }

    public String responsible() {
        return responsible;
    }

    public ModalityStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
