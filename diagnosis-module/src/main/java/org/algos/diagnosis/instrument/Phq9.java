package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PHQ-9: 9 items scored 0–3, total 0–27. As scored here: bands 0–4 minimal,
 * 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe; item 9 above 0 raises a
 * safety alert that the chart shows until acknowledged; MCID 5 points.
 *
 * <p>The reference gives no rule for missing items, so the project conservatively scores only
 * complete forms. The item 9 alert is raised even on an incomplete form.
 */
public final class Phq9 implements Instrument {

    static final String SELF_HARM_ALERT =
            "PHQ-9 item 9 (thoughts of self-harm) answered above 0: assess suicide risk today";

    private static final List<Item> ITEMS = Item.numbered(0, 3,
            "Little interest or pleasure", "Feeling down or hopeless", "Sleep problems",
            "Tiredness or low energy", "Appetite changes", "Feeling bad about oneself",
            "Trouble concentrating", "Slowed down or restless", "Thoughts of self-harm");

    @Override
    public String code() {
        return "PHQ9";
    }

    @Override
    public String name() {
        return "Patient Health Questionnaire-9 (PHQ-9)";
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
        List<String> alerts = answers.isAnswered("9") && answers.value("9") > 0
                ? List.of(SELF_HARM_ALERT)
                : List.of();
        Optional<String> incomplete = AnswerCheck.incomplete(this, answers);
        if (incomplete.isPresent()) {
            return Score.invalid(incomplete.get(), alerts);
        }
        int total = answers.sum(ITEMS);
        return new Score(total, null, band(total), Map.of(), alerts, true, null);
    }

    private static String band(int total) {
        if (total <= 4) {
            return "minimal";
        }
        if (total <= 9) {
            return "mild";
        }
        if (total <= 14) {
            return "moderate";
        }
        return total <= 19 ? "moderately severe" : "severe";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(5, Mcid.Kind.POINTS, "Löwe 2004: 5 points"));
    }

    /** The total. */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().total();
    }

    @Override
    public String source() {
        return "PHQ-9 (Kroenke 2001, J Gen Intern Med 16:606); MCID Löwe 2004; item 9 raises a safety alert";
    }
}
