package org.algos.intervention.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.algos.intervention.holds.AnticoagulantHoldTable;

/**
 * What the anticoagulant and antiplatelet holds table (ASRA Pain Medicine / ESRA, Narouze et al.
 * 2015 and 2018) says about each of the patient's current medications, by the bleeding-risk
 * category of a procedure: high, intermediate and low. The scheduling page turns the same table
 * into dated instructions for one procedure; the chart shows it before any procedure is chosen.
 * Drugs the table does not know get no row.
 */
final class MedicationHolds {

    static final String SOURCE = AnticoagulantHoldTable.SOURCE;

    private static final String NO_HOLD_LOW_RISK = "no hold by default (a shared decision the physician records)";
    private static final String PRIMARY_PREVENTION = "primary prevention";

    /** A medication as the table needs it. */
    record Taken(String drug, String indication) {
    }

    /** One drug's hold before a high-, intermediate- and low-risk procedure. */
    public record Row(String drug, String high, String intermediate, String low) implements Serializable {
    }

    private MedicationHolds() {
    }

    static List<Row> of(List<Taken> medications, AnticoagulantHoldTable table) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Taken taken : medications) {
            String drug = taken.drug() == null ? "" : taken.drug().strip().toLowerCase(Locale.ROOT);
            Row row = row(drug, taken.indication(), table);
            if (row != null && seen.add(row.toString())) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    private static Row row(String drug, String indication, AnticoagulantHoldTable table) {
        Integer days = table.holdDays(drug).orElse(null);
        if (days != null) {
            String hold = "hold " + dayCount(days) + alsoNeeded(drug);
            return new Row(drug, hold, hold, NO_HOLD_LOW_RISK);
        }
        if (table.isAspirin(drug)) {
            return new Row(drug, aspirin(indication, table.aspirinPrimaryPreventionDays()),
                    "no hold (held before high-risk procedures only)", NO_HOLD_LOW_RISK);
        }
        if (table.isNsaid(drug)) {
            return new Row(drug, "hold about 5 half-lives (the physician sets the last-dose date)",
                    "no hold (held before high-risk procedures only)", NO_HOLD_LOW_RISK);
        }
        return null;
    }

    private static String aspirin(String indication, int days) {
        String reason = indication == null ? "" : indication.strip().replaceAll("\\s+", " ");
        if (reason.toLowerCase(Locale.ROOT).equals(PRIMARY_PREVENTION)) {
            return "hold " + dayCount(days) + " (primary prevention)";
        }
        if (reason.isEmpty()) {
            return "hold " + dayCount(days) + " if taken for primary prevention (the reason is not recorded);"
                    + " otherwise discuss with the prescriber";
        }
        return "no hold: taken for " + reason + "; discuss with the prescriber before stopping it";
    }

    /** What the reference adds to the day count for some drugs. */
    private static String alsoNeeded(String drug) {
        return switch (drug) {
            case "warfarin" -> " and a normal INR";
            case "dabigatran" -> " (5–6 with renal impairment)";
            default -> "";
        };
    }

    private static String dayCount(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
