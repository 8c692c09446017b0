package org.algos.careplan.medication;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The opioids of the CDC 2022 conversion table and how each becomes morphine milligram
 * equivalents per day (CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022):
 * dose (mg) × doses per day × factor; a fentanyl patch is mcg/hour × 2.4; buprenorphine is not
 * converted, so it is shown but not counted. Only the names here are opioids for the calculator.
 * Factors are kept as decimals so that 0.15 is exactly 0.15 and a level never depends on binary
 * rounding.
 */
public enum OpioidConversion {
    CODEINE("0.15", Basis.DAILY_MILLIGRAMS),
    HYDROCODONE("1", Basis.DAILY_MILLIGRAMS),
    HYDROMORPHONE("5", Basis.DAILY_MILLIGRAMS),
    METHADONE("4.7", Basis.DAILY_MILLIGRAMS),
    MORPHINE("1", Basis.DAILY_MILLIGRAMS),
    OXYCODONE("1.5", Basis.DAILY_MILLIGRAMS),
    OXYMORPHONE("3", Basis.DAILY_MILLIGRAMS),
    TAPENTADOL("0.4", Basis.DAILY_MILLIGRAMS),
    TRAMADOL("0.2", Basis.DAILY_MILLIGRAMS),
    /** The guideline converts fentanyl as a transdermal patch, from its rate in mcg/hour. */
    FENTANYL("2.4", Basis.MICROGRAMS_PER_HOUR),
    BUPRENORPHINE(null, Basis.NOT_CONVERTED);

    public static final String SOURCE = "CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022)";

    /** What the factor multiplies. */
    public enum Basis {
        /** dose (mg) × doses per day */
        DAILY_MILLIGRAMS,
        /** the patch rate in mcg/hour */
        MICROGRAMS_PER_HOUR,
        /** no factor: listed, never added to the total */
        NOT_CONVERTED
    }

    private final BigDecimal factor;
    private final Basis basis;

    OpioidConversion(String factor, Basis basis) {
        this.factor = factor == null ? null : new BigDecimal(factor);
        this.basis = basis;
    }

    /** The opioid with this generic name, ignoring case and surrounding blanks; empty for any other drug. */
    public static Optional<OpioidConversion> of(String drug) {
        if (drug == null) {
            return Optional.empty();
        }
        String wanted = drug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.genericName().equals(wanted)).findFirst();
    }

    /** The generic name in lower case, as medication lists record it. */
    public String genericName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The conversion factor; empty for an opioid the guideline does not convert. */
    public Optional<BigDecimal> factor() {
        return Optional.ofNullable(factor);
    }

    public Basis basis() {
        return basis;
    }
}
