package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GAD-7: 7 items scored 0–3, total 0–21. As scored here: bands 0–4 minimal,
 * 5–9 mild, 10–14 moderate, 15–21 severe; MCID 4 points.
 *
 * <p>The reference gives no rule for missing items, so the project conservatively scores only
 * complete forms.
 */
public final class Gad7 implements Instrument {

    private static final List<Item> ITEMS = Item.numbered(0, 3,
            "Nervous or on edge", "Unable to stop worrying", "Worrying about many things",
            "Trouble relaxing", "Restlessness", "Irritability", "Fear of something awful");

    @Override
    public String code() {
        return "GAD7";
    }

    @Override
    public String name() {
        return "Generalized Anxiety Disorder-7 (GAD-7)";
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
        return new Score(total, null, band(total), Map.of(), List.of(), true, null);
    }

    private static String band(int total) {
        if (total <= 4) {
            return "minimal";
        }
        if (total <= 9) {
            return "mild";
        }
        return total <= 14 ? "moderate" : "severe";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(4, Mcid.Kind.POINTS, "Toussaint 2020: 4 points"));
    }

    /** The total. */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().total();
    }

    @Override
    public String source() {
        return "GAD-7 (Spitzer 2006, Arch Intern Med 166:1092); MCID Toussaint 2020";
    }
}
