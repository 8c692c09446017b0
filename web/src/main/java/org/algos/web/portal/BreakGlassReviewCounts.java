package org.algos.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.algos.domain.review.BreakGlassReviews;

/** The auditor's landing: how many break-glass grants wait for a review, and how many are overdue. */
@Named
@RequestScoped
public class BreakGlassReviewCounts {

    @Inject
    private BreakGlassReviews reviews;

    private Long open;
    private Long overdue;

    /** Read once per request, and only when a page shows it (the service is for auditors alone). */
    public long getOpen() {
        if (open == null) {
            open = reviews.openCount();
        }
        return open;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = reviews.overdueCount();
        }
        return overdue;
    }
}
