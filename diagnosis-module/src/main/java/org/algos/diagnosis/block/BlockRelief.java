package org.algos.diagnosis.block;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.algos.domain.value.PainScore;

/**
 * Relief from a diagnostic block: (before − after) ÷ before × 100, where "after" is the lowest
 * score during the expected duration of the local anaesthetic, and whether it reaches the
 * block type's threshold (CMS LCD L38803 for medial
 * branch blocks). A score of 0 before the block is invalid: there is no pain to relieve.
 */
public record BlockRelief(double percent, boolean positive, int threshold, String source) {

    public static BlockRelief of(BlockType type, PainScore before, PainScore after) {
        double exact = before.reliefPercentTo(after);
        // Compared before rounding, so 79.95 % is not rounded up into a positive block.
        boolean positive = exact >= type.positiveAtPercent();
        double shown = BigDecimal.valueOf(exact).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new BlockRelief(shown, positive, type.positiveAtPercent(), type.thresholdSource());
    }
}
