package org.algos.intervention.outcome;

import static org.algos.intervention.outcome.PainResponse.atLeast30;
import static org.algos.intervention.outcome.PainResponse.atLeast50;
import static org.algos.intervention.outcome.PainResponse.reductionPercent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PainResponseTest {

    @Test
    void eightToFiveIsAModerateButNotASubstantialImprovement() {
        assertEquals(37.5, reductionPercent(8, 5).orElseThrow(), 1e-9, "3 / 8");
        assertTrue(atLeast30(8, 5));
        assertFalse(atLeast50(8, 5));
    }

    @Test
    void exactlyThirtyPercentCounts() {
        assertEquals(30.0, reductionPercent(10, 7).orElseThrow(), 1e-9, "3 / 10");
        assertTrue(atLeast30(10, 7), "10·3 = 30 >= 3·10 = 30");
        assertFalse(atLeast50(10, 7));
    }

    @Test
    void exactlyFiftyPercentCounts() {
        assertEquals(50.0, reductionPercent(8, 4).orElseThrow(), 1e-9, "4 / 8");
        assertTrue(atLeast50(8, 4), "2·4 = 8 >= 8");
        assertTrue(atLeast30(8, 4));
    }

    @Test
    void sevenToFiveFallsJustShortOfThirtyPercent() {
        assertEquals(28.571, reductionPercent(7, 5).orElseThrow(), 0.0005, "2 / 7");
        assertFalse(atLeast30(7, 5), "10·2 = 20 < 3·7 = 21");
        assertFalse(atLeast50(7, 5));
    }

    @Test
    void noBaselinePainLeavesNothingToMeasure() {
        assertEquals(Optional.empty(), reductionPercent(0, 0));
        assertFalse(atLeast30(0, 0));
        assertFalse(atLeast50(0, 0));
    }

    @Test
    void worsePainIsANegativeReduction() {
        assertEquals(-50.0, reductionPercent(4, 6).orElseThrow(), 1e-9, "−2 / 4");
        assertFalse(atLeast30(4, 6));
        assertFalse(atLeast50(4, 6));
    }

    @Test
    void scoresOutsideTheScaleAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> reductionPercent(11, 5));
        assertThrows(IllegalArgumentException.class, () -> atLeast30(5, -1));
        assertThrows(IllegalArgumentException.class, () -> atLeast50(-1, 0));
    }
}
