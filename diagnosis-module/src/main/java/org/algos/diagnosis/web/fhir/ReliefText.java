package org.algos.diagnosis.web.fhir;

import java.math.BigDecimal;

/** A relief percent as FHIR and the chart write it: 85 rather than 85.0, and never 8E+1. */
final class ReliefText {

    private ReliefText() {
    }

    static BigDecimal decimal(double percent) {
        BigDecimal stripped = BigDecimal.valueOf(percent).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String percent(double percent) {
        return decimal(percent).toPlainString() + " %";
    }
}
