package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.algos.diagnosis.pain.BodyMapMark;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Shown;
import org.algos.web.kit.portal.TrendChart;

/**
 * The chart's trends: average pain (NRS) from the pain assessments and the ODI, NDI, PHQ-9,
 * GAD-7 and PCS histories, each as a Chart.js line with its baseline and MCID points, and as a
 * table with the same numbers.
 */
@Named
@ViewScoped
public class TrendsBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    /** The instruments whose trends the chart shows, in this order. */
    public static final List<String> INSTRUMENTS = List.of("ODI", "NDI", "PHQ9", "GAD7", "PCS");

    /** One assessment as a table row. */
    public record Row(String date, String score, String band, String change, String mcid) implements Serializable {
    }

    /** One instrument's trend. */
    public record Trend(String code, String name, List<Row> rows, String chart, String mcidRule, String source)
            implements Serializable {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** One pain assessment as a table row. */
    public record PainRow(String date, int now, int worst, int average, String change, String mcid, String type,
                          String regions) implements Serializable {
    }

    /** Clinically important change of the NRS, as the pain trend applies it. */
    public static final String NRS_RULE = "Clinically important: a fall of ≥2 points or ≥30 % from baseline (Farrar 2001; IMMPACT)";

    @Inject
    private Assessments assessments;

    @Inject
    private PainAssessments painAssessments;

    private final List<Trend> trends = new ArrayList<>();
    private List<PainRow> painRows = List.of();
    private String painChart;

    @Override
    public String sectionName() {
        return "trends";
    }

    /** The pain assessments and every instrument's history: two queries, whatever the history's length. */
    @Override
    public void read(AuthorizedPatient patient) {
        loadPain(painAssessments.history(patient));
        trends.clear();
        assessments.histories(patient, INSTRUMENTS).forEach((code, history) ->
                trends.add(trend(InstrumentCatalogue.find(code).orElseThrow(), history)));
    }

    private void loadPain(List<PainAssessments.NrsPoint> history) {
        List<PainRow> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            PainAssessments.NrsPoint point = history.get(i);
            PainAssessment a = point.assessment();
            String date = Shown.dateTime(a.assessedAt());
            boolean baseline = i == 0;
            rows.add(new PainRow(date, a.nrsNow(), a.nrsWorst(), a.nrsAverage(),
                    baseline ? "baseline" : Shown.signed((double) point.changeFromBaseline()),
                    point.clinicallyImportant() ? "MCID reached" : "", a.painType().code(), regions(point.marks())));
        }
        List<TrendChart.Point> points = painPoints(history);
        painRows = List.copyOf(rows);
        painChart = points.isEmpty() ? null : TrendChart.line("Average pain (NRS)", "NRS 0–10", 10, points);
    }

    /** Average pain over time, the first assessment the baseline. */
    public static List<TrendChart.Point> painPoints(List<PainAssessments.NrsPoint> history) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            PainAssessments.NrsPoint point = history.get(i);
            points.add(new TrendChart.Point(Shown.dateTime(point.assessment().assessedAt()),
                    (double) point.assessment().nrsAverage(), i == 0, point.clinicallyImportant()));
        }
        return points;
    }

    private static String regions(List<BodyMapMark> marks) {
        return marks.stream()
                .map(m -> BodyMapShape.sidedLabel(m.region(), m.side()) + " " + m.intensity() + "/10")
                .collect(Collectors.joining("; "));
    }

    /** An instrument's history as rows and chart, as the chart page and the clinic letter show it. */
    public static Trend trend(Instrument instrument, List<Assessments.TrendPoint> history) {
        List<Row> rows = new ArrayList<>();
        for (Assessments.TrendPoint point : history) {
            Assessment a = point.assessment();
            rows.add(new Row(Shown.dateTime(a.takenAt()), score(a), a.valid() ? nullToEmpty(a.band()) : "incomplete",
                    point.baseline() ? "baseline" : Shown.signed(point.changeFromBaseline()),
                    point.mcidReached() ? "MCID reached" : ""));
        }
        List<TrendChart.Point> points = points(history);
        String chart = points.isEmpty() ? null
                : TrendChart.line(instrument.code(), axisTitle(instrument), axisMax(instrument), points);
        String mcidRule = instrument.mcid().map(m -> "Minimal clinically important difference (MCID): " + m.source()).orElse("No MCID is defined for "
                + instrument.code() + ".");
        return new Trend(instrument.code(), instrument.name(), List.copyOf(rows), chart, mcidRule, instrument.source());
    }

    /** The points of an instrument's trend: its change metric, the baseline and where the MCID was reached. */
    public static List<TrendChart.Point> points(List<Assessments.TrendPoint> history) {
        return history.stream().map(p -> new TrendChart.Point(Shown.dateTime(p.assessment().takenAt()),
                p.assessment().changeMetric(), p.baseline(), p.mcidReached())).toList();
    }

    private static String score(Assessment a) {
        return a.valid() ? ScoreText.of(a.instrument(), a.total(), a.percent()) : "";
    }

    /** The trend compares each instrument's change metric: the ODI percent, the NDI raw score, other totals. */
    public static String axisTitle(Instrument instrument) {
        return "ODI".equals(instrument.code()) ? "Disability %" : instrument.code() + " score";
    }

    public static double axisMax(Instrument instrument) {
        return "ODI".equals(instrument.code()) ? 100 : instrument.items().stream().mapToInt(Item::max).sum();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private Trend find(String code) {
        return trends.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }

    public Trend getOdi() {
        return find("ODI");
    }

    public Trend getNdi() {
        return find("NDI");
    }

    public Trend getPhq9() {
        return find("PHQ9");
    }

    public Trend getGad7() {
        return find("GAD7");
    }

    public Trend getPcs() {
        return find("PCS");
    }

    /** The NDI is shown once the patient has one; the ODI unless only the NDI is in use. */
    public boolean isShowNdi() {
        return getNdi() != null && !getNdi().isEmpty();
    }

    public boolean isShowOdi() {
        return getOdi() != null && (!getOdi().isEmpty() || !isShowNdi());
    }

    public List<PainRow> getPainRows() {
        return painRows;
    }

    public String getPainChart() {
        return painChart;
    }

    public String getNrsRule() {
        return NRS_RULE;
    }
}
