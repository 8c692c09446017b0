package org.algos.intervention.outcome;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The median and the interquartile range bounds of {@code n} values, estimated as R's default
 * quantile type 7 and spreadsheets' QUARTILE.INC do ({@link Percentile.EstimationType#R_7}), so
 * the figures can be checked by hand: sort the values, take the position h = (n − 1)·p + 1
 * for p = 0.25, 0.5 and 0.75, and interpolate linearly between the ⌊h⌋-th value and the next.
 * For 1 … 10 the positions are 3.25, 5.5 and 7.75, and so are q1, the median and q3.
 */
public record Spread(int n, double q1, double median, double q3) {

    public Spread {
        if (n < 1 || !(q1 <= median && median <= q3)) {
            throw new IllegalArgumentException("Expected n >= 1 and q1 <= median <= q3, got "
                    + n + ", " + q1 + ", " + median + ", " + q3);
        }
    }

    /** The spread of {@code values}; empty when there are none. Every value must be a finite number. */
    public static Optional<Spread> of(Collection<Double> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double[] data = values.stream().mapToDouble(Spread::finite).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(data);
        return Optional.of(new Spread(data.length,
                percentile.evaluate(25), percentile.evaluate(50), percentile.evaluate(75)));
    }

    private static double finite(Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException("Expected a finite number, got " + value);
        }
        return value;
    }
}
