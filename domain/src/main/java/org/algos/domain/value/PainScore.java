package org.algos.domain.value;

/**
 * Pain intensity on the 0–10 numeric rating scale (NRS): 0 no pain, 10 worst imaginable.
 * A change is clinically important when it falls by at least 2 points or 30 % from
 * baseline (Farrar et al., Pain 2001; IMMPACT).
 */
public record PainScore(int value) implements Comparable<PainScore> {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public PainScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("A pain score is between 0 and 10, not " + value);
        }
    }

    public static PainScore of(int value) {
        return new PainScore(value);
    }

    /** Percentage of pain relieved going from this score to {@code after}; undefined from 0. */
    public double reliefPercentTo(PainScore after) {
        if (value == 0) {
            throw new IllegalArgumentException("Relief cannot be measured from a pain score of 0");
        }
        return (value - after.value) * 100.0 / value;
    }

    /** Farrar 2001 / IMMPACT: a fall of ≥2 points or ≥30 % from baseline. */
    public boolean isClinicallyImportantImprovementTo(PainScore later) {
        int fall = value - later.value;
        return fall >= 2 || (value > 0 && fall * 100 >= 30 * value);
    }

    @Override
    public int compareTo(PainScore other) {
        return Integer.compare(value, other.value);
    }
}
