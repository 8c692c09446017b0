package org.algos.careplan.medication;

/**
 * One medication as entered for the MME calculation. Opioids of the conversion table are taken
 * as dose (mg) and doses per day, a fentanyl patch as its rate in mcg/hour; any other drug may be
 * listed too (a benzodiazepine is then flagged) and is not counted. Checked by
 * {@link MmeCalculator}, which names every wrong field.
 *
 * @param drug        generic name, any case
 * @param doseMg      milligrams per dose; empty for a fentanyl patch
 * @param dosesPerDay doses taken per day; empty for a fentanyl patch
 * @param mcgPerHour  the rate of a fentanyl patch (all patches worn together)
 */
public record OpioidDose(String drug, Double doseMg, Double dosesPerDay, Double mcgPerHour) {

    /** An opioid taken as doses in milligrams. */
    public static OpioidDose oral(String drug, double doseMg, double dosesPerDay) {
        return new OpioidDose(drug, doseMg, dosesPerDay, null);
    }

    /** A transdermal patch at this rate. */
    public static OpioidDose patch(String drug, double mcgPerHour) {
        return new OpioidDose(drug, null, null, mcgPerHour);
    }
}
