package org.algos.web.kit.portal;

import java.io.Serializable;
import java.util.Set;

/**
 * One fact of a chart summary tile. {@code key} makes the element ids (summary-odi,
 * summary-goal-12, …); {@code change} is empty without a baseline to compare with, "baseline"
 * for the baseline itself; {@code title} explains the rule behind the line (its source, the MCID
 * or the advice).
 */
public record SummaryLine(String key, String label, String value, String band, String date, String change,
                          boolean mcidReached, String note, String title) implements Serializable {

    private static final Set<String> HIGH = Set.of("severe", "moderately severe", "crippled",
            "bed-bound", "complete", "clinically relevant catastrophizing", "90plus");
    private static final Set<String> MID = Set.of("moderate", "50to89");

    /** How much the band asks for attention: "high", "mid" or "" (for the band's colour). */
    public String tone() {
        if (band == null) {
            return "";
        }
        return HIGH.contains(band) ? "high" : MID.contains(band) ? "mid" : "";
    }
}
