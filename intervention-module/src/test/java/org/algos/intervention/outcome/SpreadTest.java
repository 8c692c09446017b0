package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void oneToTenByRSeven() {
        // h = 9·p + 1: q1 at 3.25 → 3 + 0.25·(4 − 3), median at 5.5, q3 at 7.75
        Spread spread = Spread.of(List.of(7.0, 1.0, 10.0, 4.0, 2.0, 9.0, 3.0, 8.0, 6.0, 5.0)).orElseThrow();

        assertEquals(10, spread.n());
        assertEquals(3.25, spread.q1(), 1e-12);
        assertEquals(5.5, spread.median(), 1e-12);
        assertEquals(7.75, spread.q3(), 1e-12);
    }

    @Test
    void aSingleValueIsItsOwnMedianAndQuartiles() {
        Spread spread = Spread.of(List.of(4.0)).orElseThrow();

        assertEquals(1, spread.n());
        assertEquals(4.0, spread.q1());
        assertEquals(4.0, spread.median());
        assertEquals(4.0, spread.q3());
    }

    @Test
    void noValuesHaveNoSpread() {
        assertTrue(Spread.of(List.of()).isEmpty());
    }

    @Test
    void missingOrNonFiniteValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Spread.of(Arrays.asList(1.0, null)));
        assertThrows(IllegalArgumentException.class, () -> Spread.of(List.of(1.0, Double.NaN)));
    }
}
