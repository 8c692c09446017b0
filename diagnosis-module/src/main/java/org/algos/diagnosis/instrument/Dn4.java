package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DN4: 10 yes/no items (7 interview, 3 examination), one point per yes, total 0–10. Per the
 * As scored here: a total of 4 or more means neuropathic pain is likely; no MCID.
 *
 * <p>The reference gives no rule for missing items, so the project conservatively scores only
 * complete forms: an unasked question is not a "no".
 */
public final class Dn4 implements Instrument {

    private static final int LIKELY_FROM = 4;

    private static final List<Item> ITEMS = Item.numbered(0, 1,
            "Burning", "Painful cold", "Electric shocks", "Tingling", "Pins and needles",
            "Numbness", "Itching", "Reduced touch sensation (exam)", "Reduced pinprick sensation (exam)",
            "Pain on brushing (exam)");

    @Override
    public String code() {
        return "DN4";
    }

    @Override
    public String name() {
        return "DN4 neuropathic pain questionnaire";
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
        int total = answers.sum(ITEMS);
        String band = total >= LIKELY_FROM ? "neuropathic pain likely" : "neuropathic pain unlikely";
        return new Score(total, null, band, Map.of(), List.of(), true, null);
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
        return "DN4, 7 interview and 3 examination items (Bouhassira 2005, Pain 114:29); ≥4 neuropathic pain likely";
    }
}
