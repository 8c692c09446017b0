package org.algos.diagnosis.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Mcid;

/**
 * A patient's questionnaire results in plain words, for the patient's own trends page: what the
 * latest score is, which band of the questionnaire it falls in (with the band's range), and how it
 * changed from the first result compared with the minimal clinically important difference (MCID).
 *
 * <p>The facts come from the instruments themselves: the band is the one stored with the result,
 * the ranges are the instruments' bands (a unit test checks them against the
 * scoring), the MCID and the change metric are the instrument's own, and "reached" is decided by
 * {@link Mcid#reached}, so the words never disagree with the chart's MCID flag. The wording is
 * written for patients: lower is better on every instrument, a worse result is said plainly and
 * without alarm, and safety alerts (PHQ-9 item 9) are never part of it: the care team handles them.
 */
public final class ScoreExplanation {

    /** Absorbs the rounding of stored results so that a fall of exactly the MCID reads "exactly". */
    private static final double SAME = 0.05;

    /** One band of an instrument as the patient reads it: its name and its range. */
    record Band(String name, String range) {
    }

    /** How an instrument is named and measured for the patient. */
    record Guide(String name, String measures, String scale, List<Band> bands) {
    }

    static final Map<String, Guide> GUIDES = Map.of(
            "BPI", new Guide("BPI", "how strong your pain is and how much it gets in the way of daily life",
                    "out of 10", List.of(new Band("none", "0"), new Band("mild", "1 to 4"), new Band("moderate", "5 to 6"),
                            new Band("severe", "7 to 10"))),
            "ODI", new Guide("ODI", "how much back pain gets in the way of everyday activities such as walking,"
                    + " sitting, lifting and sleeping", "%", List.of(new Band("minimal", "up to 20 %"),
                    new Band("moderate", "above 20 % up to 40 %"), new Band("severe", "above 40 % up to 60 %"),
                    new Band("crippled", "above 60 % up to 80 %"), new Band("bed-bound", "above 80 %"))),
            "NDI", new Guide("NDI", "how much neck pain gets in the way of everyday activities such as reading,"
                    + " driving, work and sleep", "out of 50", List.of(new Band("none", "0 to 4"),
                    new Band("mild", "5 to 14"), new Band("moderate", "15 to 24"), new Band("severe", "25 to 34"),
                    new Band("complete", "35 to 50"))),
            "PHQ9", new Guide("PHQ-9", "how your mood has been", "out of 27", List.of(new Band("minimal", "0 to 4"),
                    new Band("mild", "5 to 9"), new Band("moderate", "10 to 14"),
                    new Band("moderately severe", "15 to 19"), new Band("severe", "20 to 27"))),
            "GAD7", new Guide("GAD-7", "worry and anxiety", "out of 21", List.of(new Band("minimal", "0 to 4"),
                    new Band("mild", "5 to 9"), new Band("moderate", "10 to 14"), new Band("severe", "15 to 21"))),
            "PCS", new Guide("PCS", "thoughts and feelings about pain, such as dwelling on it, feeling helpless"
                    + " or expecting the worst", "out of 52", List.of(new Band("below clinical threshold", "0 to 29"),
                    new Band("clinically relevant catastrophizing", "30 to 52"))),
            "PEG", new Guide("PEG", "your pain and how much it gets in the way of enjoying life and of general"
                    + " activity", "out of 10", List.of()),
            "STARTBACK", new Guide("STarT Back", "physical and emotional factors that affect how back pain"
                    + " develops", "out of 9", List.of(new Band("low risk", "a total of 0 to 3"),
                    new Band("medium risk", "a total of 4 or more, with at most 3 points from questions 5 to 9"),
                    new Band("high risk", "4 or more points from questions 5 to 9"))));

    private ScoreExplanation() {
    }

    /** Whether the patient's pages explain this instrument (the clinician-administered ones are not shown). */
    public static boolean explains(String instrumentCode) {
        return GUIDES.containsKey(instrumentCode);
    }

    /** The questionnaire's name as patients read it, e.g. "PHQ-9". */
    public static String nameOf(String instrumentCode) {
        Guide guide = GUIDES.get(instrumentCode);
        return guide == null ? instrumentCode : guide.name();
    }

    /** What the questionnaire asks about, e.g. "how your mood has been". */
    public static String measures(String instrumentCode) {
        Guide guide = GUIDES.get(instrumentCode);
        return guide == null ? "" : guide.measures();
    }

    /** The result as shown to the patient: "46 %", "18 out of 50 (36 %)", "12 out of 27". */
    public static String shownScore(Assessment result) {
        if (!result.valid()) {
            return "not scored";
        }
        return switch (result.instrument()) {
            case "ODI" -> number(result.percent()) + " %";
            case "NDI" -> number(result.total()) + " out of 50 (" + number(result.percent()) + " %)";
            default -> number(result.total()) + " " + guide(result).scale();
        };
    }

    /**
     * What the result means: the score, and the band with its range. For example "Your ODI score
     * is 30 %. That is in the range the questionnaire calls "moderate" (above 20 % up to 40 %).
     * Lower scores are better."
     */
    public static String score(Assessment result) {
        Guide guide = guide(result);
        if (!result.valid()) {
            return "This " + guide.name() + " could not be scored because too few questions were answered.";
        }
        StringBuilder text = new StringBuilder();
        if ("BPI".equals(result.instrument())) {
            text.append("The average of your four pain ratings on the BPI is ").append(number(result.total()))
                    .append(" out of 10.");
            Integer worst = result.answers().get("worst");
            Optional<Band> band = band(guide, result.band());
            if (worst != null && band.isPresent()) {
                text.append(" Your worst pain was ").append(worst).append(" out of 10, which the questionnaire calls \"")
                        .append(band.get().name()).append("\" (").append(band.get().range()).append(").");
            }
        } else {
            text.append("Your ").append(guide.name()).append(" score is ").append(shownScore(result)).append('.');
            band(guide, result.band()).ifPresent(b -> text.append(" That is in the range the questionnaire calls \"")
                    .append(b.name()).append("\" (").append(b.range()).append(")."));
        }
        text.append(" Lower scores are better.");
        return text.toString();
    }

    /**
     * How the latest result compares with the first (the baseline), in words that follow the
     * MCID: "Your ODI went from 46 % to 30 %: 16 points better, more than the 10 points that
     * counts as a meaningful improvement."
     */
    public static String change(Assessment baseline, Assessment latest) {
        Guide guide = guide(latest);
        if (baseline == null || latest == null || !baseline.valid() || !latest.valid()) {
            return "Once you have two complete " + guide.name() + " results, this compares your latest with your first.";
        }
        if (baseline.id() != null && baseline.id().equals(latest.id()) || baseline == latest) {
            return "This is your first " + guide.name() + "; later ones will be compared with it.";
        }
        Instrument instrument = InstrumentCatalogue.find(latest.instrument()).orElseThrow();
        Double from = metric(baseline);
        Double to = metric(latest);
        if (from == null || to == null) {
            return "Not enough of the questions about daily life were answered to compare your " + guide.name()
                    + " results.";
        }
        String subject = "BPI".equals(latest.instrument()) ? "Your BPI score for how much pain gets in the way of"
                + " daily life" : "Your " + guide.name();
        String went = subject + " went from " + metricText(latest.instrument(), from) + " to "
                + metricText(latest.instrument(), to);
        double fall = from - to;
        if (Math.abs(fall) < SAME) {
            return subject + " is the same as at your first result (" + metricText(latest.instrument(), from) + ").";
        }
        Optional<Mcid> mcid = instrument.mcid();
        if (fall < 0) {
            return went + ": " + points(-fall) + " higher. A higher score means more difficulty than at the start;"
                    + " your care team sees your results too and can talk them through with you.";
        }
        if (mcid.isEmpty()) {
            return went + ": " + points(fall) + " better. The questionnaire has no agreed size for a meaningful"
                    + " change, so ask your team what it means for you.";
        }
        Mcid m = mcid.get();
        boolean reached = m.reached(from, to);
        if (m.kind() == Mcid.Kind.PERCENT_REDUCTION) {
            double percent = fall / from * 100;
            String compared = !reached ? "less than"
                    : Math.abs(percent - m.amount()) < SAME ? "exactly" : "more than";
            return went + ": " + number(percent) + " % lower, " + compared + " the " + number(m.amount())
                    + " % fall that counts as a meaningful improvement.";
        }
        String compared = !reached ? "less than" : Math.abs(fall - m.amount()) < SAME ? "exactly" : "more than";
        return went + ": " + points(fall) + " better, " + compared + " the " + points(m.amount())
                + " that counts as a meaningful improvement.";
    }

    /** The number the MCID applies to; for the BPI the interference mean only, never the severity fallback. */
    private static Double metric(Assessment a) {
        if ("BPI".equals(a.instrument())) {
            return a.subscales().get("interference");
        }
        return a.changeMetric();
    }

    private static String metricText(String instrument, double value) {
        return switch (instrument) {
            case "ODI" -> number(value) + " %";
            default -> number(value);
        };
    }

    private static Optional<Band> band(Guide guide, String name) {
        return guide.bands().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    private static Guide guide(Assessment result) {
        Guide guide = GUIDES.get(result.instrument());
        if (guide == null) {
            throw new IllegalArgumentException(result.instrument() + " is not explained to patients");
        }
        return guide;
    }

    private static String points(double value) {
        String n = number(value);
        return n + ("1".equals(n) ? " point" : " points");
    }

    /** One decimal, without a trailing ".0". */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }
}
