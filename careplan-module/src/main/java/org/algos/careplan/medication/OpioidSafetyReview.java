package org.algos.careplan.medication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which opioid safety items a clinician should look at, and in what state. The items are shown
 * when the daily MME is 50 or more, the level at which the CDC 2022 guideline asks to reassess
 * benefit and offer naloxone; below 50 they are still recorded but not pressed.
 *
 * <ul>
 *   <li>Naloxone offered — CDC 2022 recommendation 8 (offer naloxone when the risk of overdose is
 *       raised, including at 50 MME/day or more): missing until a date is recorded.</li>
 *   <li>PDMP checked — CDC 2022 recommendation 9 (review PDMP data when starting and periodically
 *       during long-term opioid therapy, from every prescription to every 3 months): missing when
 *       never checked, overdue when the last check is more than 3 months old (a check exactly 3
 *       months ago is still current).</li>
 *   <li>Drug screen — CDC 2022 recommendation 10 (consider toxicology testing): missing when never
 *       done. The guideline sets no interval, so the project flags none; the date is shown.</li>
 *   <li>Treatment agreement — the clinic's documentation of opioid therapy: missing when none is
 *       recorded.</li>
 * </ul>
 */
public final class OpioidSafetyReview {

    public static final String SOURCE = "CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022";
    static final int PDMP_CHECK_MONTHS = 3;

    /** One item: its code, label, the date recorded, whether it needs attention and why. */
    public record Item(String code, String label, LocalDate recordedOn, Status status, String message, String source) {
    }

    /** The state of an item. */
    public enum Status {
        RECORDED("recorded"), MISSING("missing"), OVERDUE("overdue");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The items are pressed from 50 MME/day. */
    public static boolean applies(MmeLevel level) {
        return level != MmeLevel.BELOW_50;
    }

    public List<Item> review(OpioidSafetyDates dates, LocalDate today) {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(today, "today");
        return List.of(
                once("treatmentAgreement", "Treatment agreement", dates.agreementSignedOn(),
                        "No opioid treatment agreement is recorded.", "Opioid therapy documentation"),
                once("drugScreen", "Urine drug screen", dates.drugScreenOn(),
                        "No drug screen is recorded; consider toxicology testing.", SOURCE + ", recommendation 10"),
                pdmp(dates.pdmpCheckedOn(), today),
                once("naloxone", "Naloxone offered", dates.naloxoneOfferedOn(),
                        "Naloxone has not been offered; offer it at 50 MME/day or more.", SOURCE + ", recommendation 8"));
    }

    private static Item once(String code, String label, LocalDate on, String missing, String source) {
        return on == null ? new Item(code, label, null, Status.MISSING, missing, source)
                : new Item(code, label, on, Status.RECORDED, null, source);
    }

    private static Item pdmp(LocalDate checkedOn, LocalDate today) {
        String source = SOURCE + ", recommendation 9";
        if (checkedOn == null) {
            return new Item("pdmpCheck", "PDMP checked", null, Status.MISSING,
                    "The prescription drug monitoring programme has not been checked.", source);
        }
        if (checkedOn.isBefore(today.minusMonths(PDMP_CHECK_MONTHS))) {
            return new Item("pdmpCheck", "PDMP checked", checkedOn, Status.OVERDUE,
                    "The last PDMP check is more than " + PDMP_CHECK_MONTHS + " months old; check it again.", source);
        }
        return new Item("pdmpCheck", "PDMP checked", checkedOn, Status.RECORDED, null, source);
    }
}
