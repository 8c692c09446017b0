package org.algos.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * An auditor's verdict on one break-glass grant. Keyed by the grant, so a grant has at most one
 * review; written once and never changed (the runtime role may only insert and read them).
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "break_glass_review")
public class BreakGlassReview {

    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @Column(name = "grant_id")
    private long grantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewVerdict verdict;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "reviewed_by", nullable = false, length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private LocalDateTime reviewedAt;

    protected BreakGlassReview() {
    }

    BreakGlassReview(long grantId, ReviewVerdict verdict, String note, String reviewedBy, LocalDateTime reviewedAt) {
        this.grantId = grantId;
        this.verdict = verdict;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public long grantId() {
        return grantId;
    }

    public ReviewVerdict verdict() {
        return verdict;
    }

    /** Why; always given for a grant found not justified, null when a justified one needed no words. */
    public String note() {
        return note;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    /** When, in UTC. */
    public LocalDateTime reviewedAt() {
        return reviewedAt;
    }
}
