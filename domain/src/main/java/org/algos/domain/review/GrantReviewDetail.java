package org.algos.domain.review;

import java.util.List;
import org.algos.domain.audit.AuditEvent;

/**
 * One grant with everything its holder read, wrote or was refused on the patient while it lasted,
 * oldest first, at most {@link BreakGlassReviews#MAX_EVENTS} of them; and its review, null while
 * there is none.
 */
public record GrantReviewDetail(GrantUnderReview grant, List<AuditEvent> events, BreakGlassReview review) {

    public GrantReviewDetail {
        events = List.copyOf(events);
    }

    /** Whether the grant has more events than are listed here. */
    public boolean eventsCut() {
        return grant.eventCount() > events.size();
    }
}
