package org.algos.intervention.holds;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.algos.domain.port.ActiveMedications.Medication;
import org.algos.intervention.catalogue.BleedingRisk;
import org.algos.intervention.catalogue.Procedure;

/**
 * The anticoagulant and antiplatelet holds before a procedure (ASRA Pain Medicine / ESRA,
 * Narouze et al. 2015 and 2018, second edition). Holds are instructions with a stop-by date,
 * never a refusal: the eligibility answer lists them under {@code holds}.
 *
 * <p>Every drug the {@link AnticoagulantHoldTable} knows gets one line, a hold or a note, so the
 * team sees that it was considered; other drugs get none. Before a low-risk procedure nothing is
 * held by default (a shared decision that the physician records), which the note says. Aspirin
 * is held only when its indication is "primary prevention"; any other indication gets a note to
 * discuss with the prescriber, and a missing one a note that gives both courses.
 *
 * <p>Dates: "hold N days" means N whole days without the drug before the procedure day. For a
 * procedure on the 10th and 5 days, {@code stopBy} is the 5th and the last dose is taken on the
 * 4th; the instruction names both dates. A medication's {@code stoppedOn} is read as the last day
 * it was taken, so a drug stopped on or before the last-dose day needs no hold, and one that
 * starts after the procedure date needs none either. Lines follow the order of the medication
 * list; identical lines are given once.
 */
public final class HoldPlanner {

    private static final String PRIMARY_PREVENTION = "primary prevention";

    private final AnticoagulantHoldTable table;

    /** With the reference's table. */
    public HoldPlanner() {
        this(AnticoagulantHoldTable.defaults());
    }

    public HoldPlanner(AnticoagulantHoldTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The holds at the procedure's own bleeding-risk category. */
    public List<Hold> holdsFor(Procedure procedure, LocalDate date, List<Medication> active) {
        Objects.requireNonNull(procedure, "procedure");
        return holdsFor(procedure, procedure.bleedingRisk(), date, active);
    }

    /**
     * The holds at the patient's category, which old age, coagulopathy, liver or kidney disease
     * raise one step above the procedure's ({@link BleedingRisk#raisedOneCategory()}).
     *
     * @throws IllegalArgumentException when {@code patientRisk} is below the procedure's category
     */
    public List<Hold> holdsFor(Procedure procedure, BleedingRisk patientRisk, LocalDate date, List<Medication> active) {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(patientRisk, "patientRisk");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(active, "active");
        if (patientRisk.compareTo(procedure.bleedingRisk()) < 0) {
            throw new IllegalArgumentException("A patient's bleeding risk (" + patientRisk
                    + ") cannot be below the procedure's (" + procedure.bleedingRisk() + ")");
        }
        Visit visit = new Visit(procedure, patientRisk, date);
        return active.stream()
                .filter(Objects::nonNull)
                .map(medication -> lineFor(medication, visit))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    private Optional<Hold> lineFor(Medication medication, Visit visit) {
        String drug = AnticoagulantHoldTable.normalised(medication.drug());
        Optional<Integer> days = table.holdDays(drug);
        if (days.isPresent()) {
            if (!takenWithin(medication, visit, days.get())) {
                return Optional.empty();
            }
            return Optional.of(visit.risk() == BleedingRisk.LOW
                    ? lowRiskNote(drug, visit)
                    : hold(drug, drug, days.get(), visit));
        }
        if (table.isAspirin(drug)) {
            return takenWithin(medication, visit, table.aspirinPrimaryPreventionDays())
                    ? Optional.of(aspirin(drug, medication.indication(), visit))
                    : Optional.empty();
        }
        if (table.isNsaid(drug)) {
            return startsAfter(medication, visit) ? Optional.empty() : Optional.of(nsaid(drug, medication, visit));
        }
        return Optional.empty();
    }

    private Hold aspirin(String drug, String indication, Visit visit) {
        int days = table.aspirinPrimaryPreventionDays();
        if (visit.risk() == BleedingRisk.LOW) {
            return lowRiskNote(drug, visit);
        }
        if (visit.risk() == BleedingRisk.INTERMEDIATE) {
            return highRiskOnlyNote(drug, "aspirin for primary prevention", visit);
        }
        String reason = indication == null ? "" : indication.strip().replaceAll("\\s+", " ");
        if (reason.toLowerCase(Locale.ROOT).equals(PRIMARY_PREVENTION)) {
            return hold(drug, drug + " (primary prevention)", days, visit);
        }
        if (reason.isEmpty()) {
            LocalDate stopBy = visit.date().minusDays(days);
            return Hold.note(drug, String.format("%s: the reason for %s is not recorded. If it is taken for primary "
                            + "prevention, hold it %s: take the last dose on %s and none from %s until after the "
                            + "procedure. For any other reason, discuss with the prescriber before stopping it.",
                    visit.heading(), drug, dayCount(days), stopBy.minusDays(1), stopBy), AnticoagulantHoldTable.SOURCE);
        }
        return Hold.note(drug, String.format("%s: %s is recorded for %s; the reference holds aspirin %s before "
                        + "a high-risk procedure only when it is taken for primary prevention. Discuss with the "
                        + "prescriber before stopping it.",
                visit.heading(), drug, reason, dayCount(days)), AnticoagulantHoldTable.SOURCE);
    }

    private static Hold nsaid(String drug, Medication medication, Visit visit) {
        if (visit.risk() == BleedingRisk.LOW) {
            return lowRiskNote(drug, visit);
        }
        if (visit.risk() == BleedingRisk.INTERMEDIATE) {
            return highRiskOnlyNote(drug, "NSAIDs", visit);
        }
        String stopped = medication.stoppedOn() == null ? ""
                : String.format(" It is recorded as stopped on %s: check that this is about 5 half-lives before "
                        + "the procedure.", medication.stoppedOn());
        return new Hold(drug, null, null, String.format("%s: hold %s for about 5 half-lives before the procedure. "
                        + "The reference gives no day count for each NSAID, so the physician sets the last-dose date "
                        + "from the drug's half-life.%s", visit.heading(), drug, stopped),
                AnticoagulantHoldTable.SOURCE);
    }

    private static Hold hold(String drug, String label, int days, Visit visit) {
        LocalDate stopBy = visit.date().minusDays(days);
        return new Hold(drug, days, stopBy, String.format("%s: hold %s %s. Take the last dose on %s and none from %s "
                        + "until after the procedure.%s",
                visit.heading(), label, dayCount(days), stopBy.minusDays(1), stopBy, alsoNeeded(drug)),
                AnticoagulantHoldTable.SOURCE);
    }

    /** What the reference adds to the day count for some drugs. */
    private static String alsoNeeded(String drug) {
        return switch (drug) {
            case "warfarin" -> " The INR must also be normal before the procedure.";
            case "dabigatran" -> " With renal impairment the reference advises 5–6 days: the physician checks "
                    + "kidney function and lengthens the hold if needed.";
            default -> "";
        };
    }

    private static Hold lowRiskNote(String drug, Visit visit) {
        return Hold.note(drug, String.format("%s: no hold of %s by default. Whether to hold it is a shared decision "
                + "that the physician records.", visit.heading(), drug), AnticoagulantHoldTable.SOURCE);
    }

    private static Hold highRiskOnlyNote(String drug, String group, Visit visit) {
        return Hold.note(drug, String.format("%s: no hold of %s. The reference holds %s before high bleeding-risk "
                + "procedures only.", visit.heading(), drug, group), AnticoagulantHoldTable.SOURCE);
    }

    /** Whether the drug may be taken on or after the first day of a hold of {@code days} days. */
    private static boolean takenWithin(Medication medication, Visit visit, int days) {
        LocalDate stopBy = visit.date().minusDays(days);
        boolean stoppedEarlier = medication.stoppedOn() != null && medication.stoppedOn().isBefore(stopBy);
        return !stoppedEarlier && !startsAfter(medication, visit);
    }

    private static boolean startsAfter(Medication medication, Visit visit) {
        return medication.startedOn() != null && medication.startedOn().isAfter(visit.date());
    }

    private static String dayCount(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** The procedure, its date and the bleeding risk that applies to this patient. */
    private record Visit(Procedure procedure, BleedingRisk risk, LocalDate date) {

        String heading() {
            String category = risk.name().toLowerCase(Locale.ROOT);
            String riskText = risk == procedure.bleedingRisk()
                    ? category + " bleeding risk"
                    : "bleeding risk raised to " + category + " for this patient";
            return String.format("%s on %s (%s)", procedure.displayName(), date, riskText);
        }
    }
}
