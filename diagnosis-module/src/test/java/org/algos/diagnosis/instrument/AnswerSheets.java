package org.algos.diagnosis.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds answer sheets keyed "1" … "N" the way the REST contract sends them. */
final class AnswerSheets {

    private AnswerSheets() {
    }

    /** Item i+1 answered values[i]; a null leaves that item unanswered (key absent). */
    static Answers numbered(Integer... values) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                map.put(String.valueOf(i + 1), values[i]);
            }
        }
        return Answers.of(map);
    }

    /** {@code items} items filled from item 1 onwards, each up to {@code max}, so that they add up to {@code total}. */
    static Answers totalling(int total, int items, int max) {
        if (total > items * max) {
            throw new IllegalArgumentException(total + " does not fit in " + items + " items of " + max);
        }
        Integer[] values = new Integer[items];
        int left = total;
        for (int i = 0; i < items; i++) {
            values[i] = Math.min(max, left);
            left -= values[i];
        }
        return numbered(values);
    }
}
