package org.algos.domain.audit;

/**
 * Result of walking the whole chain.
 *
 * @param firstBrokenEventId the first event whose link or hash does not match, or null when intact
 */
public record AuditVerification(boolean intact, long eventsChecked, Long firstBrokenEventId, String message) {
}
