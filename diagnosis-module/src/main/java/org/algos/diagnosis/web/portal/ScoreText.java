package org.algos.diagnosis.web.portal;

import org.algos.web.kit.portal.Shown;

/** How the chart writes a questionnaire's score. */
public final class ScoreText {

    private ScoreText() {
    }

    /** The ODI as a percent, the NDI raw with its percent, other totals as they are. */
    public static String of(String instrument, double total, Double percent) {
        if (percent == null) {
            return Shown.number(total);
        }
        return "ODI".equals(instrument) ? Shown.number(percent) + " %"
                : Shown.number(total) + " (" + Shown.number(percent) + " %)";
    }
}
