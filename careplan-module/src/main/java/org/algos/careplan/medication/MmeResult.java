package org.algos.careplan.medication;

import java.util.List;

/**
 * The MME answer: the daily total (cut to one decimal), its level, each medication's line, the
 * benzodiazepine flag, the guideline's advice and the source shown to the user.
 *
 * @param totalMme                   sum of the counted lines, computed unrounded and then cut to one decimal
 * @param level                      decided on the unrounded total
 * @param benzodiazepineCoPrescribed a benzodiazepine is listed together with at least one opioid
 * @param advice                     sentences to show, empty when there is nothing to advise
 */
public record MmeResult(double totalMme, MmeLevel level, List<MmeItem> items, boolean benzodiazepineCoPrescribed,
                        List<String> advice, String source) {

    public MmeResult {
        items = List.copyOf(items);
        advice = List.copyOf(advice);
    }
}
