package org.algos.domain.review;

import java.time.LocalDateTime;

/**
 * A grant with what the review needs at a glance: how many audit events its holder wrote on the
 * patient while it lasted, when the review is due, and whether that time has passed without one.
 */
public record GrantUnderReview(GrantSummary grant, long eventCount, LocalDateTime reviewDue, boolean overdue) {
}
