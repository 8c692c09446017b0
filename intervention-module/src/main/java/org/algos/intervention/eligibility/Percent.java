package org.algos.intervention.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as messages show them: "80 %", "79.9 %". Cut to one decimal, never rounded up, so
 * a value below a threshold never reads as reaching it.
 */
final class Percent {

    private Percent() {
    }

    static String text(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " %";
    }
}
