package org.algos.diagnosis.diagnosis;

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

/** A coded diagnosis of a patient: ICD-10-CM or ICD-11, primary or secondary, with onset and status. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "diagnosis")
public class Diagnosis {

    @Id
    @SequenceGenerator(name = "diagnosis_seq", sequenceName = "diagnosis_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diagnosis_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "code_system", nullable = false, length = 10)
    private String system;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "onset_date")
    private LocalDate onsetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DiagnosisStatus status;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected Diagnosis() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public Diagnosis(Long id, long patientId, DiagnosisCode code, boolean primary, LocalDate onsetDate,
                     String recordedBy, LocalDateTime recordedAt) {
        this.id = id;
        this.patientId = patientId;
        this.system = code.system();
        this.code = code.code();
        this.title = code.title();
        this.primary = primary;
        this.onsetDate = onsetDate;
        this.status = DiagnosisStatus.ACTIVE;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void changeStatus(DiagnosisStatus newStatus) {
        this.status = newStatus;
    }

    /** Another diagnosis became primary. */
    void makeSecondary() {
        this.primary = false;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String system() {
        return system;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public boolean primary() {
        return primary;
    }

    public LocalDate onsetDate() {
        return onsetDate;
    }

    public DiagnosisStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
