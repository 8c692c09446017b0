package org.algos.diagnosis.imaging;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.persistence.ColumnLengthCheck;
import org.algos.domain.value.Laterality;

/** A finding from an imaging study, by spinal level and side, with the radiologist's words. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "imaging_finding")
public class ImagingFinding {

    @Id
    @SequenceGenerator(name = "imaging_finding_seq", sequenceName = "imaging_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "imaging_finding_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Modality modality;

    @Column(name = "study_date", nullable = false)
    private LocalDate studyDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FindingKind finding;

    /** Segments joined by commas, e.g. "L4-L5,L5-S1"; empty for findings not at spinal levels. */
    @Column(length = 200)
    private String levels;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Laterality side;

    @Column(name = "report_text", length = 4000)
    private String reportText;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ImagingFinding() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public ImagingFinding(Long id, long patientId, Modality modality, LocalDate studyDate, FindingKind finding,
                          List<String> levels, Laterality side, String reportText, String recordedBy,
                          LocalDateTime recordedAt) {
        this.id = id;
        this.patientId = patientId;
        this.modality = modality;
        this.studyDate = studyDate;
        this.finding = finding;
        this.levels = String.join(",", levels);
        this.side = side;
        this.reportText = reportText;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Modality modality() {
        return modality;
    }

    public LocalDate studyDate() {
        return studyDate;
    }

    public FindingKind finding() {
        return finding;
    }

    public List<String> levels() {
        return levels == null || levels.isEmpty() ? List.of() : Arrays.asList(levels.split(","));
    }

    public Laterality side() {
        return side;
    }

    public String reportText() {
        return reportText;
    }
}
