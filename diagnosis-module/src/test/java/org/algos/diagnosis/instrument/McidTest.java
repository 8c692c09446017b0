package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Improvement is a fall on every instrument; exact boundaries count as reached. */
class McidTest {

    private final Mcid tenPoints = new Mcid(10, Mcid.Kind.POINTS, "test");
    private final Mcid thirtyPercent = new Mcid(30, Mcid.Kind.PERCENT_REDUCTION, "test");

    @Test
    void pointsCountAFallOfAtLeastTheAmount() {
        assertTrue(tenPoints.reached(50, 40));
        assertTrue(tenPoints.reached(16.4, 6.4), "exactly 10, though 16.4 − 6.4 is 9.999… in binary");
        assertFalse(tenPoints.reached(50, 40.1));
    }

    @Test
    void aRiseIsNeverAnImprovement() {
        assertFalse(tenPoints.reached(40, 50));
        assertFalse(thirtyPercent.reached(4, 8));
    }

    @Test
    void percentReductionIsMeasuredFromTheBaseline() {
        assertTrue(thirtyPercent.reached(7.0, 4.9), "exactly 30 %, though 29.999… in binary");
        assertTrue(thirtyPercent.reached(2, 1));
        assertFalse(thirtyPercent.reached(10, 7.01), "29.9 %");
    }

    @Test
    void nothingCanFallFromZero() {
        assertFalse(thirtyPercent.reached(0, 0));
    }

    @Test
    void anMcidIsPositive() {
        assertThrows(IllegalArgumentException.class, () -> new Mcid(0, Mcid.Kind.POINTS, "test"));
    }
}
