package org.algos.web.portal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.algos.careplan.medication.MmeResult;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.domain.value.PainScore;

/**
 * The one-look summary at the top of the chart: pain, function, mood, catastrophizing, MME and
 * goals side by side, each line with its date and, where a baseline exists, the change from it
 * and whether that change is clinically important. Assembled from facts the database has already
 * reduced (first and latest score of each instrument, the diary's 7-day mean), so its size does
 * not grow with the patient's history.
 */
public record ChartSummary(List<Tile> tiles) implements Serializable {

    /** Days of the diary that the pain tile averages, today included. */
    static final int DIARY_DAYS = 7;

    /** How many goals the goals tile lists before it says how many more there are. */
    static final int GOALS_SHOWN = 6;

    /** The instruments the summary reads, with the tile each one belongs to. */
    static final List<String> INSTRUMENTS = List.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS");

    /** A group of the summary; {@code emptyText} is shown when it has no line. */
    public record Tile(String key, String title, List<Line> lines, String emptyText) implements Serializable {
    }

    /**
     * One fact of a tile. {@code key} makes the element ids (summary-odi, summary-goal-12, …);
     * {@code change} is empty without a baseline to compare with, "baseline" for the baseline
     * itself; {@code title} explains the rule behind the line (its source, the MCID or the advice).
     */
    public record Line(String key, String label, String value, String band, String date, String change,
                       boolean mcidReached, String note, String title) implements Serializable {

        /** How much the band asks for attention: "high", "mid" or "" (for the band's colour). */
        public String tone() {
            return ChartSummary.tone(band);
        }
    }

    private static final Set<String> HIGH = Set.of("severe", "moderately severe", "crippled",
            "bed-bound", "complete", "clinically relevant catastrophizing", "90plus");
    private static final Set<String> MID = Set.of("moderate", "50to89");

    static String tone(String band) {
        if (band == null) {
            return "";
        }
        return HIGH.contains(band) ? "high" : MID.contains(band) ? "mid" : "";
    }

    /** A valid score of an instrument as stored: the first and the latest ones are what the summary needs. */
    public record ScoreFact(String instrument, LocalDateTime takenAt, long id, double total, Double percent,
                            String band, Double changeMetric) {
    }

    /** A structured pain assessment's NRS. */
    public record NrsFact(LocalDateTime assessedAt, long id, int now, int worst, int average) {
    }

    /** The diary over the last {@value #DIARY_DAYS} days: how many days have an entry, their mean pain, the latest day. */
    public record DiaryWeek(long days, Double averagePain, LocalDate lastDay) {

        public static DiaryWeek none() {
            return new DiaryWeek(0, null, null);
        }
    }

    /** A goal of the plan in force. */
    public record GoalFact(long id, String description, String measure, String targetValue, LocalDate targetDate,
                           String status) {
    }

    /**
     * Everything the summary is made of, as read; {@code planTitle} names the plan in force (the
     * active one, or a draft while none is active), null when there is none.
     */
    public record Facts(List<ScoreFact> scores, List<NrsFact> nrs, DiaryWeek diary, MmeResult mme,
                        String planTitle, List<GoalFact> goals) {
    }

    public static ChartSummary assemble(Facts facts) {
        List<Tile> tiles = new ArrayList<>();
        List<Line> pain = new ArrayList<>();
        nrs(facts.nrs()).ifPresent(pain::add);
        score(facts.scores(), "BPI").ifPresent(pain::add);
        diary(facts.diary()).ifPresent(pain::add);
        tiles.add(new Tile("pain", "Pain", pain, "No pain assessment, BPI or diary entry yet."));
        tiles.add(tile("function", "Function", facts.scores(), "No ODI or NDI yet.", "ODI", "NDI"));
        tiles.add(tile("mood", "Mood", facts.scores(), "No PHQ-9 or GAD-7 yet.", "PHQ9", "GAD7"));
        tiles.add(tile("catastrophizing", "Catastrophizing", facts.scores(), "No PCS yet.", "PCS"));
        tiles.add(new Tile("mme", "Opioids (MME)", List.of(mme(facts.mme())), ""));
        tiles.add(new Tile("goals", facts.planTitle() == null ? "Goals" : "Goals · " + facts.planTitle(),
                goals(facts.goals()), facts.planTitle() == null ? "No open care plan." : "The care plan has no goals yet."));
        return new ChartSummary(List.copyOf(tiles));
    }

    private static Tile tile(String key, String title, List<ScoreFact> scores, String empty, String... codes) {
        List<Line> lines = new ArrayList<>();
        for (String code : codes) {
            score(scores, code).ifPresent(lines::add);
        }
        return new Tile(key, title, List.copyOf(lines), empty);
    }

    /** The latest score of the instrument, compared with its first one. */
    static Optional<Line> score(List<ScoreFact> scores, String code) {
        Comparator<ScoreFact> order = Comparator.comparing(ScoreFact::takenAt).thenComparingLong(ScoreFact::id);
        List<ScoreFact> mine = scores.stream().filter(s -> s.instrument().equals(code) && s.changeMetric() != null)
                .sorted(order).toList();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        ScoreFact baseline = mine.get(0);
        ScoreFact latest = mine.get(mine.size() - 1);
        Instrument instrument = InstrumentCatalogue.find(code).orElseThrow();
        String change = "baseline";
        boolean mcid = false;
        if (latest != baseline) {
            double difference = Math.round((latest.changeMetric() - baseline.changeMetric()) * 10) / 10.0;
            change = Shown.signed(difference) + " since " + Shown.date(baseline.takenAt().toLocalDate());
            mcid = instrument.mcid().map(m -> m.reached(baseline.changeMetric(), latest.changeMetric())).orElse(false);
        }
        String rule = instrument.mcid().map(m -> "MCID: " + m.source()).orElse("No MCID is defined for " + code + ".");
        String note = "BPI".equals(code) ? "severity; change on interference" : "";
        return Optional.of(new Line(code.toLowerCase(Locale.ROOT), label(code),
                scoreText(code, latest.total(), latest.percent()), latest.band() == null ? "" : latest.band(),
                Shown.date(latest.takenAt().toLocalDate()), change, mcid, note, rule + " · " + instrument.source()));
    }

    /** The latest average pain of the structured assessments, compared with the first (Farrar 2001; IMMPACT). */
    static Optional<Line> nrs(List<NrsFact> nrs) {
        List<NrsFact> ordered = nrs.stream()
                .sorted(Comparator.comparing(NrsFact::assessedAt).thenComparingLong(NrsFact::id)).toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        NrsFact baseline = ordered.get(0);
        NrsFact latest = ordered.get(ordered.size() - 1);
        String change = "baseline";
        boolean mcid = false;
        if (latest != baseline) {
            change = Shown.signed((double) latest.average() - baseline.average()) + " since "
                    + Shown.date(baseline.assessedAt().toLocalDate());
            mcid = PainScore.of(baseline.average()).isClinicallyImportantImprovementTo(PainScore.of(latest.average()));
        }
        return Optional.of(new Line("nrs", "NRS average", latest.average() + "/10", "",
                Shown.date(latest.assessedAt().toLocalDate()), change, mcid,
                "now " + latest.now() + ", worst " + latest.worst(), TrendsBean.NRS_RULE));
    }

    static Optional<Line> diary(DiaryWeek week) {
        if (week == null || week.days() == 0 || week.averagePain() == null) {
            return Optional.empty();
        }
        return Optional.of(new Line("diary", "Diary, last " + DIARY_DAYS + " days", Shown.number(week.averagePain())
                + "/10", "", Shown.date(week.lastDay()), "", false,
                "mean of " + week.days() + (week.days() == 1 ? " day" : " days"),
                "Mean pain (NRS) of the patient's diary entries over the last " + DIARY_DAYS + " days, today included"));
    }

    static Line mme(MmeResult mme) {
        if (mme == null) {
            return new Line("mme", "MME/day", "—", "", "", "", false, "", "");
        }
        String note = String.join(" ", mme.advice());
        return new Line("mme", "MME/day", Shown.number(mme.totalMme()), mme.level().code(), "today", "", false,
                note, mme.source());
    }

    static List<Line> goals(List<GoalFact> goals) {
        List<Line> lines = new ArrayList<>();
        for (GoalFact g : goals.stream().limit(GOALS_SHOWN).toList()) {
            lines.add(new Line("goal-" + g.id(), g.description(), g.targetValue(), g.status(),
                    "by " + Shown.date(g.targetDate()), "", false, g.measure(), "SMART goal: " + g.measure() + ", target "
                    + g.targetValue() + " by " + Shown.date(g.targetDate())));
        }
        if (goals.size() > GOALS_SHOWN) {
            int more = goals.size() - GOALS_SHOWN;
            lines.add(new Line("goal-more", "…and " + more + " more", "", "", "", "", false, "", "Open the care plan"));
        }
        return List.copyOf(lines);
    }

    /** A score as the chart writes it: the ODI as a percent, the NDI raw with its percent, other totals as they are. */
    static String scoreText(String instrument, double total, Double percent) {
        if (percent == null) {
            return Shown.number(total);
        }
        return "ODI".equals(instrument) ? Shown.number(percent) + " %"
                : Shown.number(total) + " (" + Shown.number(percent) + " %)";
    }

    private static String label(String code) {
        return switch (code) {
            case "BPI" -> "BPI severity";
            case "PHQ9" -> "PHQ-9";
            case "GAD7" -> "GAD-7";
            default -> code;
        };
    }

    public Tile tile(String key) {
        return tiles.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }
}
