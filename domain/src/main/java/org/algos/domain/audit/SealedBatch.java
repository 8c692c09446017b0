package org.algos.domain.audit;

import java.time.LocalDateTime;

/**
 * What one pass of the sequencer sealed.
 *
 * @param oldestOccurredAt when the longest-waiting event of the batch was written, or null
 */
public record SealedBatch(int sealed, long position, String hash, LocalDateTime oldestOccurredAt) {
}
