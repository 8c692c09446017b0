package org.algos.intervention.outcome;

import java.util.Optional;
import org.algos.domain.value.PainScore;

/**
 * The IMMPACT responder thresholds for pain intensity on the 0–10 numeric rating scale: a
 * reduction of at least 30 % from baseline is a moderately important improvement, of at least
 * 50 % a substantial one (Dworkin RH et al., Interpreting the clinical importance of treatment
 * outcomes in chronic pain clinical trials: IMMPACT recommendations, J Pain 2008;9(2):105–121;
 * Farrar JT et al., Pain 2001;94:149–158).
 *
 * <p>Unlike {@link PainScore#isClinicallyImportantImprovementTo}, which also accepts a fall of
 * 2 points, a responder here is judged by the percentage alone, as responder shares are
 * reported. The thresholds are compared in integers so that a reduction of exactly 30 %
 * (10 → 7) or exactly 50 % (8 → 4) counts, whatever floating point would make of it.
 */
public final class PainResponse {

    private PainResponse() {
    }

    /**
     * The reduction from {@code before} to {@code after} in percent of {@code before}, negative
     * when the pain got worse; empty when {@code before} is 0, as there is nothing to reduce.
     */
    public static Optional<Double> reductionPercent(int before, int after) {
        PainScore baseline = PainScore.of(before);
        PainScore later = PainScore.of(after);
        return before == 0 ? Optional.empty() : Optional.of(baseline.reliefPercentTo(later));
    }

    /** A reduction of at least 30 %: 10·(before − after) ≥ 3·before. False when not measurable. */
    public static boolean atLeast30(int before, int after) {
        requireScores(before, after);
        return before > 0 && 10 * (before - after) >= 3 * before;
    }

    /** A reduction of at least 50 %: 2·(before − after) ≥ before. False when not measurable. */
    public static boolean atLeast50(int before, int after) {
        requireScores(before, after);
        return before > 0 && 2 * (before - after) >= before;
    }

    /** Rejects a score outside 0–10 the way the domain's {@link PainScore} does. */
    private static void requireScores(int before, int after) {
        PainScore.of(before);
        PainScore.of(after);
    }
}
