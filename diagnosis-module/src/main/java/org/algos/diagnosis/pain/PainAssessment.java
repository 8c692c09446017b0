package org.algos.diagnosis.pain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A structured pain assessment: intensity now, at its worst and on average (NRS 0–10), the pain
 * type, when it began, what makes it worse or better, and where it is on the body map.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "pain_assessment")
public class PainAssessment {

    /** Pain lasting more than 3 months is chronic (ICD-11 MG30, Treede 2019). */
    public static final int CHRONIC_AFTER_MONTHS = 3;

    @Id
    @SequenceGenerator(name = "pain_assessment_seq", sequenceName = "pain_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pain_assessment_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "assessed_at", nullable = false)
    private LocalDateTime assessedAt;

    @Column(name = "nrs_now", nullable = false)
    private int nrsNow;

    @Column(name = "nrs_worst", nullable = false)
    private int nrsWorst;

    @Column(name = "nrs_average", nullable = false)
    private int nrsAverage;

    @Enumerated(EnumType.STRING)
    @Column(name = "pain_type", nullable = false, length = 20)
    private PainType painType;

    @Column(name = "onset_date")
    private LocalDate onsetDate;

    @Column(length = 1000)
    private String aggravating;

    @Column(length = 1000)
    private String relieving;

    // Lazy: lists read the marks of every row in one query of their own (PainAssessments.history).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pain_body_mark", joinColumns = @JoinColumn(name = "pain_assessment_id"))
    @OrderColumn(name = "mark_order")
    private List<BodyMapMark> bodyMap = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected PainAssessment() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public PainAssessment(Long id, long patientId, LocalDateTime assessedAt, int nrsNow, int nrsWorst, int nrsAverage,
                          PainType painType, LocalDate onsetDate, String aggravating, String relieving,
                          List<BodyMapMark> bodyMap, String recordedBy) {
        this.id = id;
        this.patientId = patientId;
        this.assessedAt = assessedAt;
        this.nrsNow = nrsNow;
        this.nrsWorst = nrsWorst;
        this.nrsAverage = nrsAverage;
        this.painType = painType;
        this.onsetDate = onsetDate;
        this.aggravating = aggravating;
        this.relieving = relieving;
        this.bodyMap = new ArrayList<>(bodyMap);
        this.recordedBy = recordedBy;
    }

    /** Whole months from onset to this assessment; null when the onset is unknown. */
    public Long durationMonths() {
        return onsetDate == null ? null : ChronoUnit.MONTHS.between(onsetDate, assessedAt.toLocalDate());
    }

    public boolean isChronic() {
        return onsetDate != null && onsetDate.plusMonths(CHRONIC_AFTER_MONTHS).isBefore(assessedAt.toLocalDate());
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public LocalDateTime assessedAt() {
        return assessedAt;
    }

    public int nrsNow() {
        return nrsNow;
    }

    public int nrsWorst() {
        return nrsWorst;
    }

    public int nrsAverage() {
        return nrsAverage;
    }

    public PainType painType() {
        return painType;
    }

    public LocalDate onsetDate() {
        return onsetDate;
    }

    public String aggravating() {
        return aggravating;
    }

    public String relieving() {
        return relieving;
    }

    public List<BodyMapMark> bodyMap() {
        return List.copyOf(bodyMap);
    }

    public String recordedBy() {
        return recordedBy;
    }
}
