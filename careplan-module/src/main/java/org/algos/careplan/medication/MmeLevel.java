package org.algos.careplan.medication;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The band a daily MME total falls in, with the advice the CDC 2022 guideline gives for it
 * (CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022): below 50; 50 to 89,
 * "reassess benefit, offer naloxone"; 90 and above, "avoid or justify; taper plan". The band is
 * decided on the exact total, so 49.95 is below 50 and 89.99 is still 50 to 89.
 */
public enum MmeLevel {
    BELOW_50("below50", null),
    FROM_50_TO_89("50to89", "50 to 89 MME/day: reassess benefit, offer naloxone."),
    AT_LEAST_90("90plus", "90 MME/day or more: avoid or justify; taper plan.");

    static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private final String code;
    private final String advice;

    MmeLevel(String code, String advice) {
        this.code = code;
        this.advice = advice;
    }

    /** The level of an unrounded daily total. */
    public static MmeLevel forTotal(BigDecimal exactTotal) {
        Objects.requireNonNull(exactTotal, "exactTotal");
        if (exactTotal.compareTo(NINETY) >= 0) {
            return AT_LEAST_90;
        }
        return exactTotal.compareTo(FIFTY) >= 0 ? FROM_50_TO_89 : BELOW_50;
    }

    /** The code the API answers with. */
    public String code() {
        return code;
    }

    /** The level in words, e.g. "50 to 89 MME/day". */
    public String words() {
        return switch (this) {
            case BELOW_50 -> "below 50 MME/day";
            case FROM_50_TO_89 -> "50 to 89 MME/day";
            case AT_LEAST_90 -> "90 MME/day or more";
        };
    }

    /** The guideline's advice at this level; empty below 50, where it gives none. */
    public Optional<String> advice() {
        return Optional.ofNullable(advice);
    }
}
