package org.algos.diagnosis.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pain Catastrophizing Scale (PCS): 13 items scored 0–4, total 0–52. Per the Algos clinical
 * reference: subscales rumination = items 8–11, magnification = items 6, 7, 13, helplessness =
 * items 1–5 and 12; a total of 30 or more is clinically relevant catastrophizing; no MCID.
 * Item texts are not shipped; labels are our own short topics.
 *
 * <p>The reference gives no rule for missing items, so the project conservatively scores only
 * complete forms.
 */
public final class PainCatastrophizingScale implements Instrument {

    private static final int CLINICAL_THRESHOLD = 30;

    private static final Map<String, List<String>> SUBSCALES = subscales();

    private static final List<Item> ITEMS = Item.numbered(0, 4,
            "Worry the pain will not end", "Feeling unable to go on", "Pain feels terrible",
            "Pain feels overwhelming", "Cannot stand the pain", "Fear the pain will worsen",
            "Recalling other painful events", "Anxious wish for relief", "Pain stays on the mind",
            "Dwelling on how much it hurts", "Dwelling on wanting it to stop", "Nothing can be done",
            "Fear of something serious");

    @Override
    public String code() {
        return "PCS";
    }

    @Override
    public String name() {
        return "Pain Catastrophizing Scale";
    }

    @Override
    public List<Item> items() {
        return ITEMS;
    }

    @Override
    public boolean needsSex() {
        return false;
    }

    @Override
    public Score score(Answers answers) {
        AnswerCheck.require(this, answers);
        Optional<String> incomplete = AnswerCheck.incomplete(this, answers);
        if (incomplete.isPresent()) {
            return Score.invalid(incomplete.get(), List.of());
        }
        Map<String, Double> subscales = new LinkedHashMap<>();
        SUBSCALES.forEach((name, keys) -> subscales.put(name,
                (double) keys.stream().mapToInt(answers::value).sum()));
        int total = answers.sum(ITEMS);
        String band = total >= CLINICAL_THRESHOLD
                ? "clinically relevant catastrophizing"
                : "below clinical threshold";
        return new Score(total, null, band, subscales, List.of(), true, null);
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.empty();
    }

    /** The total. */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().total();
    }

    @Override
    public String source() {
        return "Pain Catastrophizing Scale (Sullivan 1995, Psychol Assess 7:524); total ≥30 clinically relevant (Sullivan 2009, PCS user manual)";
    }

    private static Map<String, List<String>> subscales() {
        Map<String, List<String>> subscales = new LinkedHashMap<>();
        subscales.put("rumination", List.of("8", "9", "10", "11"));
        subscales.put("magnification", List.of("6", "7", "13"));
        subscales.put("helplessness", List.of("1", "2", "3", "4", "5", "12"));
        return subscales;
    }
}
