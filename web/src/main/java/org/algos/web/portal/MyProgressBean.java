package org.algos.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.algos.careplan.diary.DiaryPainChange;
import org.algos.careplan.diary.PainDiary;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.InstrumentPermissions;
import org.algos.diagnosis.assessment.ScoreExplanation;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;
import org.algos.web.kit.portal.TrendChart;

/**
 * The patient's own trends: each questionnaire they have results for, explained in plain words
 * ({@link ScoreExplanation}), and the pain from their diary with the first week compared with the
 * latest ({@link DiaryPainChange}). Safety alerts are the care team's and are not shown here.
 */
@Named
@ViewScoped
public class MyProgressBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    /** Days of diary the pain chart shows. */
    static final int DIARY_DAYS = 30;

    /** The patient's questionnaires, in catalogue order. */
    static final List<String> INSTRUMENTS = InstrumentCatalogue.all().stream().map(Instrument::code)
            .filter(code -> InstrumentPermissions.mayRecord(Role.PATIENT, code) && ScoreExplanation.explains(code))
            .toList();

    /** One result as a table row. */
    public record ResultRow(String date, String score, String band) implements Serializable {
    }

    /** One questionnaire's results and what they mean. */
    public record Progress(String code, String name, String measures, String latest, String change, String chart,
                           List<ResultRow> rows) implements Serializable {

        /** For element ids: "phq9", "odi". */
        public String key() {
            return code.toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    private Assessments assessments;

    @Inject
    private PainDiary diary;

    private final List<Progress> progress = new ArrayList<>();
    private String diaryChart;
    private String diaryExplanation;
    private int diaryDays;

    @PostConstruct
    void load() {
        Long patientId = ownPatientId();
        if (patientId == null) {
            return;
        }
        ChartSection.attempt(() -> assessments.histories(patientId, INSTRUMENTS).forEach((code, history) -> {
            if (!history.isEmpty()) {
                progress.add(progress(InstrumentCatalogue.find(code).orElseThrow(), history));
            }
        }));
        ChartSection.attempt(() -> loadDiary(patientId));
    }

    static Progress progress(Instrument instrument, List<Assessments.TrendPoint> history) {
        List<ResultRow> rows = new ArrayList<>();
        List<TrendChart.Point> points = new ArrayList<>();
        Assessment baseline = null;
        Assessment latest = null;
        for (Assessments.TrendPoint point : history) {
            Assessment a = point.assessment();
            String date = Shown.date(a.takenAt().toLocalDate());
            rows.add(new ResultRow(date, ScoreExplanation.shownScore(a), a.valid() && a.band() != null ? a.band() : ""));
            points.add(new TrendChart.Point(date, metric(a), point.baseline(), point.mcidReached()));
            if (point.baseline()) {
                baseline = a;
            }
            if (a.valid()) {
                latest = a;
            }
        }
        String code = instrument.code();
        Assessment last = history.get(history.size() - 1).assessment();
        String name = ScoreExplanation.nameOf(code);
        String chart = TrendChart.line(name, name + " score", axisMax(instrument), points, "Your first result",
                "Meaningful improvement");
        return new Progress(code, name, ScoreExplanation.measures(code),
                ScoreExplanation.score(latest == null ? last : latest),
                latest == null ? ScoreExplanation.change(null, last) : ScoreExplanation.change(baseline, latest),
                chart, List.copyOf(rows));
    }

    /** The number charted: the one the explanation compares (the BPI's interference mean, the others' change metric). */
    private static Double metric(Assessment a) {
        if (!a.valid()) {
            return null;
        }
        return "BPI".equals(a.instrument()) ? a.subscales().get("interference") : a.changeMetric();
    }

    private static double axisMax(Instrument instrument) {
        return switch (instrument.code()) {
            case "ODI" -> 100;
            case "BPI", "PEG" -> 10;
            default -> instrument.items().stream().mapToInt(Item::max).sum();
        };
    }

    private void loadDiary(long patientId) {
        PainDiary.PainTrend trend = diary.painTrend(patientId, DIARY_DAYS);
        diaryDays = trend.days().size();
        List<TrendChart.Point> points = trend.days().stream()
                .map(d -> new TrendChart.Point(Shown.date(d.date()), (double) d.pain(), false, false)).toList();
        diaryChart = points.isEmpty() ? null : TrendChart.line("Pain (diary)", "Pain 0–10", 10, points);
        diaryExplanation = trend.change().map(DiaryPainChange::explanation).orElse(
                "After two weeks of diary entries, with at least three in your first week and three in your latest"
                        + " week, this compares the two.");
    }

    public List<Progress> getProgress() {
        return progress;
    }

    public String getDiaryChart() {
        return diaryChart;
    }

    public String getDiaryExplanation() {
        return diaryExplanation;
    }

    public int getDiaryDays() {
        return diaryDays;
    }

    public int getDiaryWindow() {
        return DIARY_DAYS;
    }
}
