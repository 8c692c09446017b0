package org.algos.diagnosis.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring one completed instrument.
 *
 * @param total     the instrument's total (for BPI the severity mean, for PEG the mean); 0 and
 *                  meaningless when {@code valid} is false
 * @param percent   percent of the maximum, only for ODI and NDI; otherwise null
 * @param band      severity or risk band in the words of the instrument's source; null when the
 *                  instrument has none (PEG) or the score is invalid
 * @param subscales named subscales in a stable order; empty when none
 * @param alerts    safety alerts the chart shows until acknowledged (PHQ-9 item 9); kept even
 *                  when the score is invalid, because an incomplete form must not hide them
 * @param valid     false when too few items were answered to score
 * @param message   why the score is invalid, or a note on how it was computed; null when none
 */
public record Score(double total, Double percent, String band, Map<String, Double> subscales,
        List<String> alerts, boolean valid, String message) {

    public Score {
        subscales = subscales == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(subscales));
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        if (!valid && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("An invalid score must say why");
        }
    }

    /** A form that cannot be scored; carries the alerts its answers raised all the same. */
    public static Score invalid(String message, List<String> alerts) {
        return new Score(0, null, null, Map.of(), alerts, false, message);
    }

    /** Trends compare valid scores only; an invalid one has no number worth comparing. */
    Score requireValid() {
        if (!valid) {
            throw new IllegalArgumentException("An invalid score has no change metric: " + message);
        }
        return this;
    }

    /** Means and percents are shown to one decimal (half up), as clinicians read them. */
    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
