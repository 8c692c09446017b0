package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PEG: pain on average, interference with enjoyment of life, interference with general activity,
 * each 0–10. As scored here: the score is the mean of the three; no bands;
 * MCID a 30 % reduction.
 *
 * <p>The reference gives no rule for missing items, so the project conservatively scores only
 * complete forms.
 */
public final class Peg implements Instrument {

    private static final List<Item> ITEMS = Item.numbered(0, 10,
            "Average pain", "Interference with enjoyment of life", "Interference with general activity");

    @Override
    public String code() {
        return "PEG";
    }

    @Override
    public String name() {
        return "PEG (pain, enjoyment, general activity)";
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
        double mean = Score.oneDecimal(answers.sum(ITEMS) / (double) ITEMS.size());
        return new Score(mean, null, null, Map.of(), List.of(), true, null);
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(30, Mcid.Kind.PERCENT_REDUCTION, "30 % reduction (IMMPACT moderate improvement, Dworkin 2008)"));
    }

    /**
     * The unrounded mean. The sum of three whole numbers is recovered exactly from the mean shown
     * to one decimal (its error, ×3, stays under 0.5), so that display rounding cannot move a
     * change across the 30 % line (6.7 → 4.7 as shown is exactly 20/3 → 14/3, a 30 % fall).
     */
    @Override
    public double changeMetric(Score score) {
        return Math.round(score.requireValid().total() * ITEMS.size()) / (double) ITEMS.size();
    }

    @Override
    public String source() {
        return "PEG three-item scale (Krebs 2009, J Gen Intern Med 24:733)";
    }
}
