package org.algos.web.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;

/**
 * Answers to the instruments that add up to the totals a story wants. The instruments themselves
 * score them when they are stored, so the bands, subscales and MCID flags are theirs, not ours.
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    /** Items "1" … "n", each 0 … {@code max}, summing to {@code total} as evenly as they can. */
    static Map<String, Integer> spread(int items, int max, int total) {
        if (total < 0 || total > items * max) {
            throw new IllegalArgumentException(total + " is not a sum of " + items + " items of 0 to " + max);
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < items; i++) {
            answers.put(String.valueOf(i + 1), total / items + (i < total % items ? 1 : 0));
        }
        return answers;
    }

    /** Oswestry or Neck Disability Index: ten sections of 0 to 5, all answered. */
    static Map<String, Integer> disabilityIndex(int sum) {
        return spread(10, 5, sum);
    }

    /** PHQ-9 with its total and the answer to item 9 (thoughts of self-harm) given apart. */
    static Map<String, Integer> phq9(int total, int item9) {
        Map<String, Integer> answers = spread(8, 3, total - item9);
        answers.put("9", item9);
        return answers;
    }

    static Map<String, Integer> gad7(int total) {
        return spread(7, 3, total);
    }

    static Map<String, Integer> pcs(int total) {
        return spread(13, 4, total);
    }

    /** Items "1" … "n" with these values, in order (PEG, STarT Back, DN4). */
    static Map<String, Integer> listed(int... values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(String.valueOf(i + 1), values[i]);
        }
        return answers;
    }

    /** Brief Pain Inventory: the four intensity items and the same answer to all seven interference items. */
    static Map<String, Integer> bpi(int worst, int least, int average, int now, int interference) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("worst", worst);
        answers.put("least", least);
        answers.put("average", average);
        answers.put("now", now);
        for (Item item : items("BPI").subList(4, 11)) {
            answers.put(item.key(), interference);
        }
        return answers;
    }

    /** Opioid Risk Tool: every factor answered, present (1) for those named. */
    static Map<String, Integer> ort(String... present) {
        List<String> named = List.of(present);
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : items("ORT")) {
            answers.put(item.key(), named.contains(item.key()) ? 1 : 0);
        }
        if (!answers.keySet().containsAll(named)) {
            throw new IllegalArgumentException("Not ORT factors: " + named);
        }
        return answers;
    }

    private static List<Item> items(String code) {
        return InstrumentCatalogue.find(code).orElseThrow().items();
    }
}
