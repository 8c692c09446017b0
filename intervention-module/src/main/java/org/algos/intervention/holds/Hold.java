package org.algos.intervention.holds;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the holds before a procedure, in three forms:
 * <ul>
 *   <li>a hold of {@code holdDays} ≥ 1 days: {@code stopBy} is the procedure date minus
 *       {@code holdDays}, the first day the drug is not taken; the last dose is the day before,
 *       so the patient has {@code holdDays} whole days without it before the procedure day;</li>
 *   <li>a hold without a day count ({@code holdDays} and {@code stopBy} empty), where the
 *       reference gives none (NSAIDs: about 5 half-lives);</li>
 *   <li>a note, {@code holdDays} 0 and no {@code stopBy}: the drug is not held, and the
 *       instruction says why and what to do instead.</li>
 * </ul>
 *
 * @param drug        generic name in lower case
 * @param instruction the sentence the patient and the team read, with the last-dose date
 * @param source      the guideline the rule comes from
 */
public record Hold(String drug, Integer holdDays, LocalDate stopBy, String instruction, String source) {

    public Hold {
        requireText("drug", drug);
        requireText("instruction", instruction);
        requireText("source", source);
        if (holdDays != null && holdDays < 0) {
            throw new IllegalArgumentException("holdDays must not be negative, not " + holdDays);
        }
        boolean counted = holdDays != null && holdDays > 0;
        if (counted != (stopBy != null)) {
            throw new IllegalArgumentException("A stop-by date goes with a hold of at least one day, and only with it");
        }
    }

    /** A line that holds nothing: the drug continues and the instruction explains. */
    public static Hold note(String drug, String instruction, String source) {
        return new Hold(drug, 0, null, instruction, source);
    }

    /** Whether this line only informs: the drug is not held. */
    public boolean isNote() {
        return holdDays != null && holdDays == 0;
    }

    /** The last day the drug may be taken, the day before {@link #stopBy()}; empty without a day count. */
    public Optional<LocalDate> lastDoseOn() {
        return Optional.ofNullable(stopBy).map(d -> d.minusDays(1));
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A hold needs a " + name);
        }
    }
}
