package org.algos.careplan.web.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Dosage.DosageDoseAndRateComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing.TimingRepeatComponent;

/**
 * A referral's dosage as the medication list keeps it: one dose in mg, doses per day, a patch
 * rate in mcg/hour, the route in words. Doses in g or micrograms are converted to mg; a volume
 * (5 mL of a solution) is refused, since its strength is not known here.
 */
final class DosageReading {

    /** The dose in mg, doses per day, the patch rate in mcg/hour and the route; null where not given. */
    record Read(Double doseMg, Double dosesPerDay, Double mcgPerHour, String route) {
    }

    static final Read NONE = new Read(null, null, null, null);
    private static final Set<String> MICROGRAMS_PER_HOUR = Set.of("ug/h", "mcg/h", "mcg/hr", "µg/h");

    private DosageReading() {
    }

    /** The one dosage at {@code path} (e.g. {@code MedicationStatement.dosage}). */
    static Read read(List<Dosage> dosages, String path, IntakeErrors errors) {
        if (dosages.isEmpty()) {
            return NONE;
        }
        if (dosages.size() > 1) {
            errors.add(path + "[1]", "one dosage per medication: Algos keeps one dose and frequency;"
                    + " send each regimen as its own medication");
        }
        Dosage dosage = dosages.get(0);
        String at = path + "[0]";
        Double doseMg = null;
        Double mcgPerHour = null;
        List<DosageDoseAndRateComponent> doseAndRate = dosage.getDoseAndRate();
        if (doseAndRate.size() > 1) {
            errors.add(at + ".doseAndRate[1]", "one dose or rate per dosage");
        }
        if (!doseAndRate.isEmpty()) {
            DosageDoseAndRateComponent first = doseAndRate.get(0);
            String dr = at + ".doseAndRate[0]";
            if (first.hasDoseRange()) {
                errors.add(dr + ".doseRange", "a range is not recorded: give the dose taken (doseQuantity)");
            } else if (first.hasDoseQuantity()) {
                doseMg = milligrams(first.getDoseQuantity(), dr + ".doseQuantity", errors);
            }
            if (first.hasRateRatio() || first.hasRateRange()) {
                errors.add(dr + ".rate", "a patch's rate is a rateQuantity in mcg/h (UCUM ug/h)");
            } else if (first.hasRateQuantity()) {
                mcgPerHour = microgramsPerHour(first.getRateQuantity(), dr + ".rateQuantity", errors);
            }
        }
        Double dosesPerDay = dosage.getTiming().hasRepeat()
                ? perDay(dosage.getTiming().getRepeat(), at + ".timing.repeat", errors) : null;
        return new Read(doseMg, dosesPerDay, mcgPerHour, words(dosage.getRoute()));
    }

    private static Double milligrams(Quantity q, String path, IntakeErrors errors) {
        if (!valued(q, path, errors)) {
            return null;
        }
        String unit = unitOf(q);
        BigDecimal value = q.getValue();
        switch (unit) {
            case "mg":
                return value.doubleValue();
            case "g":
                return value.movePointRight(3).doubleValue();
            case "ug":
            case "mcg":
                return value.movePointLeft(3).doubleValue();
            default:
                errors.add(path, "must be a mass in mg, g or ug (UCUM), not " + (unit.isEmpty() ? "without a unit"
                        : "'" + unit + "'") + "; a volume needs the strength, which is not known here");
                return null;
        }
    }

    private static Double microgramsPerHour(Quantity q, String path, IntakeErrors errors) {
        if (!valued(q, path, errors)) {
            return null;
        }
        String unit = unitOf(q);
        if (!MICROGRAMS_PER_HOUR.contains(unit)) {
            errors.add(path, "must be in mcg/h (UCUM ug/h), not " + (unit.isEmpty() ? "without a unit" : "'" + unit + "'"));
            return null;
        }
        return q.getValue().doubleValue();
    }

    private static boolean valued(Quantity q, String path, IntakeErrors errors) {
        if (!q.hasValue()) {
            errors.add(path + ".value", "is required");
            return false;
        }
        if (q.hasComparator()) {
            errors.add(path + ".comparator", "a dose is exact: no comparator");
            return false;
        }
        return true;
    }

    /** The UCUM code when given, else the unit as written. */
    private static String unitOf(Quantity q) {
        String unit = q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "";
        return unit.strip();
    }

    /** {@code frequency} times per {@code period} {@code periodUnit}, as doses per day. */
    private static Double perDay(TimingRepeatComponent repeat, String path, IntakeErrors errors) {
        if (!repeat.hasPeriod() && !repeat.hasFrequency()) {
            return null;
        }
        int frequency = repeat.hasFrequency() ? repeat.getFrequency() : 1;
        if (!repeat.hasPeriod() || repeat.getPeriod().signum() <= 0) {
            errors.add(path + ".period", "is required and greater than 0 (frequency per period)");
            return null;
        }
        double period = repeat.getPeriod().doubleValue();
        if (!repeat.hasPeriodUnit()) {
            errors.add(path + ".periodUnit", "is required (h, d or wk)");
            return null;
        }
        switch (repeat.getPeriodUnit()) {
            case H:
                return frequency * 24 / period;
            case D:
                return frequency / period;
            case WK:
                return frequency / (7 * period);
            default:
                errors.add(path + ".periodUnit", "give the frequency per hour, day or week (h, d or wk)");
                return null;
        }
    }

    /** A concept's text, else its first coding's display; null when it has neither. */
    static String words(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream().filter(Coding::hasDisplay).map(Coding::getDisplay).findFirst()
                .orElse(null);
    }
}
