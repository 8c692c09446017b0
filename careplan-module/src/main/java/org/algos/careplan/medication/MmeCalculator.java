package org.algos.careplan.medication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;

/**
 * Daily morphine milligram equivalents of a medication list (CDC Clinical Practice Guideline for
 * Prescribing Opioids for Pain, 2022): dose (mg) × doses per day × factor, a fentanyl patch
 * mcg/hour × 2.4, buprenorphine shown but not counted, and a flag when a benzodiazepine is
 * listed with an opioid.
 *
 * <p>Only the names of {@link OpioidConversion} are opioids. Any other drug is accepted and
 * listed as not counted, so that a medication list can be passed whole and an opioid missing from
 * the table is visible rather than silently dropped.
 *
 * <p>The arithmetic is decimal and exact; the level is decided on the exact total. Totals and
 * lines are then cut (not rounded) to one decimal, as percentages are elsewhere in Algos, so a
 * shown number never reaches a threshold the level has not: 49.95 shows as 49.9 and is below 50.
 */
public final class MmeCalculator {

    private static final String FIELD = "medications";

    /**
     * Upper bounds that catch a slipped key rather than judge a dose: no single dose above 10 g, no
     * more than one dose an hour, no patch rate above 1,000 mcg/hour. Chosen here, not taken from
     * the guideline; within them the arithmetic cannot overflow.
     */
    static final double MAX_DOSE_MG = 10_000;
    static final double MAX_DOSES_PER_DAY = 24;
    static final double MAX_MCG_PER_HOUR = 1_000;

    /**
     * @throws InvalidInputException naming every wrong field, e.g. {@code medications[0].doseMg}
     */
    public MmeResult calculate(List<OpioidDose> medications) {
        if (medications == null) {
            throw InvalidInputException.of(FIELD, "is required");
        }
        validate(medications);

        BigDecimal total = BigDecimal.ZERO;
        List<MmeItem> items = new ArrayList<>();
        boolean opioidListed = false;
        List<String> benzodiazepines = new ArrayList<>();
        for (OpioidDose dose : medications) {
            String drug = normalised(dose.drug());
            Optional<OpioidConversion> opioid = OpioidConversion.of(drug);
            if (opioid.isPresent()) {
                opioidListed = true;
                Optional<BigDecimal> mme = dailyMme(opioid.get(), dose);
                total = total.add(mme.orElse(BigDecimal.ZERO));
                items.add(opioidItem(drug, dose, opioid.get(), mme));
            } else {
                boolean benzodiazepine = Benzodiazepine.matches(drug);
                if (benzodiazepine) {
                    benzodiazepines.add(drug);
                }
                items.add(notCounted(drug, dose, benzodiazepine
                        ? "Benzodiazepine, not an opioid: not counted."
                        : "Not in the CDC 2022 conversion table: not counted."));
            }
        }

        MmeLevel level = MmeLevel.forTotal(total);
        boolean coPrescribed = opioidListed && !benzodiazepines.isEmpty();
        List<String> advice = new ArrayList<>();
        level.advice().ifPresent(advice::add);
        if (coPrescribed) {
            advice.add("Benzodiazepine prescribed with an opioid (" + String.join(", ", benzodiazepines) + "): flagged.");
        }
        return new MmeResult(shown(total), level, items, coPrescribed, advice, OpioidConversion.SOURCE);
    }

    private static Optional<BigDecimal> dailyMme(OpioidConversion opioid, OpioidDose dose) {
        if (opioid.basis() == OpioidConversion.Basis.NOT_CONVERTED) {
            return Optional.empty();
        }
        BigDecimal factor = opioid.factor().orElseThrow();
        BigDecimal amount = opioid.basis() == OpioidConversion.Basis.MICROGRAMS_PER_HOUR
                ? exact(dose.mcgPerHour())
                : exact(dose.doseMg()).multiply(exact(dose.dosesPerDay()));
        return Optional.of(amount.multiply(factor));
    }

    private static MmeItem opioidItem(String drug, OpioidDose dose, OpioidConversion opioid, Optional<BigDecimal> mme) {
        if (mme.isEmpty()) {
            return notCounted(drug, dose, "Not converted to MME by the CDC 2022 guideline: shown, not counted.");
        }
        String note = opioid.basis() == OpioidConversion.Basis.MICROGRAMS_PER_HOUR
                ? "Transdermal patch: mcg/hour × " + opioid.factor().orElseThrow().toPlainString() + "."
                : null;
        return new MmeItem(drug, dose.doseMg(), dose.dosesPerDay(), dose.mcgPerHour(),
                opioid.factor().orElseThrow().doubleValue(), shown(mme.get()), true, note);
    }

    private static MmeItem notCounted(String drug, OpioidDose dose, String note) {
        return new MmeItem(drug, dose.doseMg(), dose.dosesPerDay(), dose.mcgPerHour(), null, null, false, note);
    }

    private static void validate(List<OpioidDose> medications) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < medications.size(); i++) {
            String field = FIELD + "[" + i + "]";
            OpioidDose dose = medications.get(i);
            if (dose == null) {
                errors.add(field, "is required");
                continue;
            }
            if (dose.drug() == null || dose.drug().isBlank()) {
                errors.add(field + ".drug", "is required");
            }
            OpioidConversion.Basis basis = OpioidConversion.of(dose.drug())
                    .map(OpioidConversion::basis)
                    .orElse(OpioidConversion.Basis.NOT_CONVERTED);
            switch (basis) {
                case DAILY_MILLIGRAMS -> {
                    requiredPositive(errors, field + ".doseMg", dose.doseMg(), MAX_DOSE_MG);
                    requiredPositive(errors, field + ".dosesPerDay", dose.dosesPerDay(), MAX_DOSES_PER_DAY);
                    if (dose.mcgPerHour() != null) {
                        errors.add(field + ".mcgPerHour", "applies to a fentanyl patch only; enter doseMg and dosesPerDay");
                    }
                }
                case MICROGRAMS_PER_HOUR -> {
                    if (dose.mcgPerHour() == null) {
                        errors.add(field + ".mcgPerHour", "is required for a fentanyl patch");
                    } else {
                        positive(errors, field + ".mcgPerHour", dose.mcgPerHour(), MAX_MCG_PER_HOUR);
                    }
                    if (dose.doseMg() != null) {
                        errors.add(field + ".doseMg", "must be empty for a fentanyl patch; enter its rate in mcgPerHour");
                    }
                    if (dose.dosesPerDay() != null) {
                        errors.add(field + ".dosesPerDay",
                                "must be empty for a fentanyl patch; enter the rate of all patches worn in mcgPerHour");
                    }
                }
                case NOT_CONVERTED -> {
                    positive(errors, field + ".doseMg", dose.doseMg(), MAX_DOSE_MG);
                    positive(errors, field + ".dosesPerDay", dose.dosesPerDay(), MAX_DOSES_PER_DAY);
                    positive(errors, field + ".mcgPerHour", dose.mcgPerHour(), MAX_MCG_PER_HOUR);
                }
            }
        }
        errors.throwIfAny();
    }

    private static void requiredPositive(FieldErrors errors, String field, Double value, double max) {
        if (value == null) {
            errors.add(field, "is required");
        } else {
            positive(errors, field, value, max);
        }
    }

    /** A value that is given must be a finite number above zero and at most {@code max}. */
    private static void positive(FieldErrors errors, String field, Double value, double max) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            errors.add(field, "must be greater than 0");
        } else if (value != null && value > max) {
            errors.add(field, "must be at most " + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
        }
    }

    private static BigDecimal exact(Double value) {
        return BigDecimal.valueOf(value);
    }

    private static double shown(BigDecimal mme) {
        return mme.setScale(1, RoundingMode.DOWN).doubleValue();
    }

    private static String normalised(String drug) {
        return drug.strip().toLowerCase(Locale.ROOT);
    }
}
