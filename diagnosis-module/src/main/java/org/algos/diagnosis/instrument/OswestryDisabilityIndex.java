package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Oswestry Disability Index v2.1a (ODI): 10 sections scored 0–5. Per the Algos clinical
 * reference: {@code percent} = sum ÷ (5 × sections answered) × 100, valid when at least 9
 * sections are answered (one missing section lowers the maximum by 5: 16 of 45 → 35.6 %);
 * bands ≤20 minimal, ≤40 moderate, ≤60 severe, ≤80 crippled, &gt;80 bed-bound; MCID 10
 * percentage points (Ostelo 2008).
 *
 * <p>The band is read from the percent as shown (one decimal), so that the two never disagree.
 */
public final class OswestryDisabilityIndex implements Instrument {

    private static final List<Item> ITEMS = Item.numbered(0, 5,
            "Pain intensity", "Personal care", "Lifting", "Walking", "Sitting",
            "Standing", "Sleeping", "Sex life", "Social life", "Travelling");

    @Override
    public String code() {
        return "ODI";
    }

    @Override
    public String name() {
        return "Oswestry Disability Index v2.1a";
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
        DisabilityIndexSum index = DisabilityIndexSum.of(ITEMS, answers);
        int answered = index.answered();
        if (!index.scorable()) {
            return Score.invalid("ODI needs at least 9 of 10 sections answered; " + answered + " answered",
                    List.of());
        }
        int sum = index.sum();
        int maximum = index.maximum();
        double percent = index.percent();
        String note = answered < ITEMS.size()
                ? "Scored on " + answered + " of 10 sections (maximum " + maximum + ")"
                : null;
        return new Score(sum, percent, band(percent), Map.of(), List.of(), true, note);
    }

    private static String band(double percent) {
        if (percent <= 20) {
            return "minimal";
        }
        if (percent <= 40) {
            return "moderate";
        }
        if (percent <= 60) {
            return "severe";
        }
        return percent <= 80 ? "crippled" : "bed-bound";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(10, Mcid.Kind.POINTS, "Ostelo 2008: 10 percentage points"));
    }

    /** The percent, on which the MCID is defined (percentage points). */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().percent();
    }

    @Override
    public String source() {
        return "Oswestry Disability Index v2.1a (Fairbank & Pynsent 2000, Spine 25:2940); MCID Ostelo 2008";
    }
}
