package org.algos.intervention.procedure;

import java.math.BigDecimal;

/** A relief percentage as the chart, the documents and FHIR write it: "75 %", "62.5 %". */
public final class ReliefText {

    private ReliefText() {
    }

    public static String percent(double percent) {
        return decimal(percent).toPlainString() + " %";
    }

    /** The shortest decimal for a percent: 75 rather than 75.0 (and never 8E+1 for 80). */
    public static BigDecimal decimal(double percent) {
        BigDecimal stripped = BigDecimal.valueOf(percent).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
