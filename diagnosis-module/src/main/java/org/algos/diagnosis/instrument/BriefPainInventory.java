package org.algos.diagnosis.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brief Pain Inventory, short form (BPI). Licensed by MD Anderson: only item keys and short
 * topics ship, never the item texts. As scored here: {@code severity} is the
 * mean of the four intensity items (all four needed); {@code interference} is the mean of the
 * interference items answered, valid only when at least 4 of 7 are answered; the band is read
 * from the worst-pain item (0 none, 1–4 mild, 5–6 moderate, 7–10 severe); the MCID is 1 point
 * on interference (IMMPACT).
 *
 * <p>The reference names no BPI total; {@code total} carries the severity mean, the instrument's
 * pain score.
 */
public final class BriefPainInventory implements Instrument {

    static final String SEVERITY = "severity";
    static final String INTERFERENCE = "interference";
    private static final int MIN_INTERFERENCE_ANSWERED = 4;

    private static final List<Item> INTENSITY_ITEMS = List.of(
            new Item("worst", "Worst pain", 0, 10),
            new Item("least", "Least pain", 0, 10),
            new Item("average", "Average pain", 0, 10),
            new Item("now", "Pain right now", 0, 10));

    private static final List<Item> INTERFERENCE_ITEMS = List.of(
            new Item("generalActivity", "General activity", 0, 10),
            new Item("mood", "Mood", 0, 10),
            new Item("walkingAbility", "Walking ability", 0, 10),
            new Item("normalWork", "Normal work", 0, 10),
            new Item("relations", "Relations with others", 0, 10),
            new Item("sleep", "Sleep", 0, 10),
            new Item("enjoymentOfLife", "Enjoyment of life", 0, 10));

    private static final List<Item> ITEMS = concat(INTENSITY_ITEMS, INTERFERENCE_ITEMS);

    @Override
    public String code() {
        return "BPI";
    }

    @Override
    public String name() {
        return "Brief Pain Inventory (short form)";
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
        List<String> missingIntensity = answers.unanswered(INTENSITY_ITEMS);
        if (!missingIntensity.isEmpty()) {
            return Score.invalid("BPI needs all 4 pain intensity items (worst, least, average, now); missing: "
                    + String.join(", ", missingIntensity), List.of());
        }
        double severity = Score.oneDecimal(answers.sum(INTENSITY_ITEMS) / (double) INTENSITY_ITEMS.size());
        Map<String, Double> subscales = new LinkedHashMap<>();
        subscales.put(SEVERITY, severity);

        int answered = INTERFERENCE_ITEMS.size() - answers.unanswered(INTERFERENCE_ITEMS).size();
        String message = null;
        if (answered >= MIN_INTERFERENCE_ANSWERED) {
            subscales.put(INTERFERENCE, Score.oneDecimal(answers.sum(INTERFERENCE_ITEMS) / (double) answered));
        } else {
            message = "Interference not scored: " + answered + " of 7 items answered, at least 4 needed";
        }
        return new Score(severity, null, band(answers.value("worst")), subscales, List.of(), true, message);
    }

    private static String band(int worst) {
        if (worst == 0) {
            return "none";
        }
        if (worst <= 4) {
            return "mild";
        }
        return worst <= 6 ? "moderate" : "severe";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(1, Mcid.Kind.POINTS, "IMMPACT: 1 point on the BPI interference mean"));
    }

    /**
     * The interference mean, to which the IMMPACT MCID applies; the severity mean when
     * interference was not scored (too few items), so that a trend still has a point.
     */
    @Override
    public double changeMetric(Score score) {
        Map<String, Double> subscales = score.requireValid().subscales();
        Double interference = subscales.get(INTERFERENCE);
        return interference != null ? interference : subscales.get(SEVERITY);
    }

    @Override
    public String source() {
        return "Brief Pain Inventory, short form (Cleeland & Ryan 1994, Ann Acad Med Singapore 23:129; licensed by "
                + "MD Anderson); MCID 1 point on interference (IMMPACT, Dworkin 2008)";
    }

    private static List<Item> concat(List<Item> first, List<Item> second) {
        List<Item> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
