package org.algos.domain.audit;

import java.time.LocalDateTime;

/**
 * The sequencer as an auditor sees it.
 *
 * @param sealedPosition the newest sealed position
 * @param queued         events committed and waiting to be sealed
 * @param lastBatchAt    when this node last sealed a batch (UTC), or null
 * @param lastLagMillis  how long the oldest event of that batch had waited
 * @param maxLagMillis   the longest wait since the server started (or since it was reset)
 * @param halted         why sealing stopped, or null while it runs
 */
public record SequencerStatus(long sealedPosition, long queued, LocalDateTime lastBatchAt, long lastLagMillis,
                              long maxLagMillis, String halted) {
}
