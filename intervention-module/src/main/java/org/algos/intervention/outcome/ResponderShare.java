package org.algos.intervention.outcome;

import java.util.Optional;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * How many of a cohort responded: {@code responders} of the {@code followedUp} patients whose
 * outcome is known, out of the {@code cohort} treated.
 *
 * <p>The 95 % interval is the Wilson score interval (Wilson EB, Probable inference, the law of
 * succession, and statistical inference, J Am Stat Assoc 1927;22:209–212). It keeps close to
 * its nominal coverage for small cohorts and for shares near 0 or 1, where the Wald interval
 * p ± z·√(p(1−p)/n) collapses to a single point or reaches past 0 and 1.
 */
public record ResponderShare(int responders, int followedUp, int cohort) {

    private static final double CONFIDENCE = 0.95;

    public ResponderShare {
        if (responders < 0 || responders > followedUp || followedUp > cohort) {
            throw new IllegalArgumentException("Expected 0 <= responders <= followed up <= cohort, got "
                    + responders + ", " + followedUp + ", " + cohort);
        }
    }

    public static ResponderShare of(int responders, int followedUp, int cohort) {
        return new ResponderShare(responders, followedUp, cohort);
    }

    /** Responders among those followed up; null when nobody has been followed up. */
    public Double share() {
        return followedUp == 0 ? null : (double) responders / followedUp;
    }

    /** Lower bound of the 95 % Wilson interval of {@link #share()}; null when nobody has been followed up. */
    public Double ciLow() {
        // Exactly 0 with no responders; the floating-point formula leaves a residue such as 2e-17.
        return wilson95().map(interval -> responders == 0 ? 0.0 : interval.getLowerBound()).orElse(null);
    }

    /** Upper bound of the 95 % Wilson interval of {@link #share()}; null when nobody has been followed up. */
    public Double ciHigh() {
        // Exactly 1 when everyone responded, for the same reason.
        return wilson95().map(interval -> responders == followedUp ? 1.0 : interval.getUpperBound()).orElse(null);
    }

    /**
     * Responders among the whole cohort, those without a follow-up counted as non-responders:
     * the lowest share the missing outcomes allow. Null for an empty cohort.
     */
    public Double worstCaseShare() {
        return cohort == 0 ? null : (double) responders / cohort;
    }

    private Optional<ConfidenceInterval> wilson95() {
        return followedUp == 0
                ? Optional.empty()
                : Optional.of(new WilsonScoreInterval().createInterval(followedUp, responders, CONFIDENCE));
    }
}
