package org.algos.diagnosis.instrument;

import java.util.Objects;

/**
 * Minimal clinically important difference of an instrument's change metric. Improvement is a
 * fall on every instrument in the catalogue (lower is better), so only a fall can reach it.
 *
 * @param amount points, or percent of the baseline, that the metric must fall by
 * @param kind   whether {@code amount} is in points or a percent reduction
 * @param source where the value comes from, shown to the user
 */
public record Mcid(double amount, Kind kind, String source) {

    /** Absorbs floating-point noise so that a fall of exactly the amount counts as reached. */
    private static final double EPSILON = 1e-9;

    /** How the amount is measured. */
    public enum Kind {
        /** The metric falls by at least {@code amount} points. */
        POINTS,
        /** The metric falls by at least {@code amount} percent of its baseline. */
        PERCENT_REDUCTION
    }

    public Mcid {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (!(amount > 0)) {
            throw new IllegalArgumentException("An MCID is a positive amount, not " + amount);
        }
    }

    /** Whether the change from {@code baseline} to {@code current} is at least the MCID. */
    public boolean reached(double baseline, double current) {
        double fall = baseline - current;
        return switch (kind) {
            case POINTS -> fall >= amount - EPSILON;
            case PERCENT_REDUCTION -> baseline > 0 && fall / baseline * 100 >= amount - EPSILON;
        };
    }
}
