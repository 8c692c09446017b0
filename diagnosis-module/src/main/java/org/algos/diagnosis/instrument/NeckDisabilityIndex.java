package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neck Disability Index (NDI): 10 items scored 0–5. As scored here:
 * {@code total} is the raw sum 0–50, {@code percent} = raw × 2, missing items handled as for
 * the ODI (valid with at least 9 answered, percent of the maximum of the items answered);
 * bands on the raw score 0–4 none, 5–14 mild, 15–24 moderate, 25–34 severe, ≥35 complete;
 * MCID 7.5 raw points (neck pain cohorts vary 5–13).
 *
 * <p>With an item missing the raw sum understates the patient's disability, so the band and
 * the change metric use the prorated raw score, percent ÷ 2 (equal to the raw sum when all
 * 10 items are answered), and the bands are read as thresholds at 5, 15, 25 and 35. This is the
 * project's reading of "as for ODI", not a rule of the reference.
 */
public final class NeckDisabilityIndex implements Instrument {

    private static final List<Item> ITEMS = Item.numbered(0, 5,
            "Pain intensity", "Personal care", "Lifting", "Reading", "Headaches",
            "Concentration", "Work", "Driving", "Sleeping", "Recreation");

    @Override
    public String code() {
        return "NDI";
    }

    @Override
    public String name() {
        return "Neck Disability Index";
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
            return Score.invalid("NDI needs at least 9 of 10 items answered; " + answered + " answered",
                    List.of());
        }
        int sum = index.sum();
        int maximum = index.maximum();
        double percent = index.percent();
        String note = answered < ITEMS.size()
                ? "Scored on " + answered + " of 10 items (maximum " + maximum + "); band from the prorated raw score "
                        + Score.oneDecimal(percent / 2)
                : null;
        return new Score(sum, percent, band(percent / 2), Map.of(), List.of(), true, note);
    }

    private static String band(double raw) {
        if (raw < 5) {
            return "none";
        }
        if (raw < 15) {
            return "mild";
        }
        if (raw < 25) {
            return "moderate";
        }
        return raw < 35 ? "severe" : "complete";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(7.5, Mcid.Kind.POINTS,
                "Young 2009: 7.5 raw points (neck pain cohorts vary 5–13)"));
    }

    /**
     * Raw points, because the MCID is 7.5 raw points, not percent: the raw total when all 10
     * items are answered, the prorated raw score (percent ÷ 2) when one is missing.
     */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().percent() / 2;
    }

    @Override
    public String source() {
        return "Neck Disability Index (Vernon & Mior 1991, J Manipulative Physiol Ther 14:409); MCID Young 2009";
    }
}
