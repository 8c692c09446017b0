package org.algos.diagnosis.web.portal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.domain.value.PainScore;
import org.algos.web.kit.portal.Shown;
import org.algos.web.kit.portal.SummaryLine;
import org.algos.web.kit.portal.SummaryTile;

/**
 * The diagnosis module's tiles of the chart summary: pain (structured NRS and BPI), function (ODI,
 * NDI), mood (PHQ-9, GAD-7) and catastrophizing (PCS), each line the latest result compared with
 * the first and whether that change reaches the instrument's MCID. Built from facts the database
 * has already reduced to the first and latest of each series.
 */
public final class DiagnosisSummaryTiles {

    /** The instruments the summary reads. */
    public static final List<String> INSTRUMENTS = List.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS");

    /** The empty text of the pain tile, which the care plan's diary shares. */
    public static final String NO_PAIN = "No pain assessment, BPI or diary entry yet.";

    /** A valid score of an instrument as stored: the first and the latest ones are what the summary needs. */
    public record ScoreFact(String instrument, LocalDateTime takenAt, long id, double total, Double percent,
                            String band, Double changeMetric) {
    }

    /** A structured pain assessment's NRS. */
    public record NrsFact(LocalDateTime assessedAt, long id, int now, int worst, int average) {
    }

    private DiagnosisSummaryTiles() {
    }

    public static List<SummaryTile> assemble(List<ScoreFact> scores, List<NrsFact> nrs) {
        List<SummaryLine> pain = new ArrayList<>();
        nrs(nrs).ifPresent(pain::add);
        score(scores, "BPI").ifPresent(pain::add);
        return List.of(new SummaryTile("pain", "Pain", List.copyOf(pain), NO_PAIN),
                tile("function", "Function", scores, "No ODI or NDI yet.", "ODI", "NDI"),
                tile("mood", "Mood", scores, "No PHQ-9 or GAD-7 yet.", "PHQ9", "GAD7"),
                tile("catastrophizing", "Catastrophizing", scores, "No PCS yet.", "PCS"));
    }

    private static SummaryTile tile(String key, String title, List<ScoreFact> scores, String empty, String... codes) {
        List<SummaryLine> lines = new ArrayList<>();
        for (String code : codes) {
            score(scores, code).ifPresent(lines::add);
        }
        return new SummaryTile(key, title, List.copyOf(lines), empty);
    }

    /** The latest score of the instrument, compared with its first one. */
    static Optional<SummaryLine> score(List<ScoreFact> scores, String code) {
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
        return Optional.of(new SummaryLine(code.toLowerCase(Locale.ROOT), label(code),
                ScoreText.of(code, latest.total(), latest.percent()), latest.band() == null ? "" : latest.band(),
                Shown.date(latest.takenAt().toLocalDate()), change, mcid, note, rule + " · " + instrument.source()));
    }

    /** The latest average pain of the structured assessments, compared with the first (Farrar 2001; IMMPACT). */
    static Optional<SummaryLine> nrs(List<NrsFact> nrs) {
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
        return Optional.of(new SummaryLine("nrs", "NRS average", latest.average() + "/10", "",
                Shown.date(latest.assessedAt().toLocalDate()), change, mcid,
                "now " + latest.now() + ", worst " + latest.worst(), TrendsBean.NRS_RULE));
    }

    private static String label(String code) {
        return switch (code) {
            case "BPI" -> "BPI severity";
            case "PHQ9" -> "PHQ-9";
            case "GAD7" -> "GAD-7";
            default -> code;
        };
    }
}
