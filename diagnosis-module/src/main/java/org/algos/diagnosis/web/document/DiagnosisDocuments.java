package org.algos.diagnosis.web.document;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.diagnosis.DiagnosisStatus;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.diagnosis.web.portal.TrendsBean;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.value.CodedConcept;
import org.algos.web.kit.document.DocumentContributor;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.DocumentSection;
import org.algos.web.kit.document.SectionOrder;
import org.algos.web.kit.document.TrendImage;
import org.algos.web.kit.document.Xhtml;
import org.algos.web.kit.portal.Shown;
import org.algos.web.kit.portal.TrendChart;

/**
 * Diagnoses and scores in the clinic's documents: the active diagnoses as the procedure's
 * indication; in the letter every diagnosis, a chart of pain and function over time, and each
 * instrument's scores with their bands and whether the change from baseline is clinically
 * important by the instrument's published MCID (the same rows as the chart page's trends).
 */
@Dependent
public class DiagnosisDocuments implements DocumentContributor {

    /** Pixels of the letter's charts, as drawn before {@link TrendImage#SCALE}. */
    static final int CHART_WIDTH = 520;
    static final int CHART_HEIGHT = 220;

    @Inject
    private Diagnoses diagnoses;

    @Inject
    private Assessments assessments;

    @Inject
    private PainAssessments painAssessments;

    @Override
    public List<DocumentSection> sections(DocumentRequest request, AuthorizedPatient patient) {
        return switch (request.kind()) {
            case PROCEDURE_NOTE -> List.of(new DocumentSection(SectionOrder.NOTE_INDICATION, "Indication",
                    indication(diagnoses.list(patient))));
            case CLINIC_LETTER -> List.of(
                    new DocumentSection(SectionOrder.LETTER_DIAGNOSES, "Diagnoses", diagnosisTable(diagnoses.list(patient))),
                    new DocumentSection(SectionOrder.LETTER_SCORES, "Pain, function and mood over time", scores(patient)));
            default -> List.of();
        };
    }

    static Xhtml indication(List<Diagnosis> all) {
        List<String> active = all.stream().filter(d -> d.status() == DiagnosisStatus.ACTIVE)
                .map(d -> codeText(d) + " " + d.title() + (d.primary() ? " (primary)" : "")).toList();
        return active.isEmpty() ? new Xhtml().p("No active diagnosis is recorded.") : new Xhtml().list(active);
    }

    static Xhtml diagnosisTable(List<Diagnosis> all) {
        if (all.isEmpty()) {
            return new Xhtml().p("No diagnosis is recorded.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Diagnosis d : all) {
            rows.add(List.of(codeText(d), d.title() + (d.primary() ? " (primary)" : ""),
                    d.status().code().replace('-', ' '), d.onsetDate() == null ? "not recorded" : d.onsetDate().toString()));
        }
        return new Xhtml().table("Diagnoses", List.of("Code", "Diagnosis", "Status", "Onset"), rows);
    }

    /** "ICD-10-CM M47.816" or "ICD-11 FA80.Z". */
    static String codeText(Diagnosis d) {
        return (CodedConcept.ICD11.equals(d.system()) || "ICD11".equals(d.system()) ? "ICD-11 " : "ICD-10-CM ")
                + d.code();
    }

    private Xhtml scores(AuthorizedPatient patient) {
        Xhtml x = new Xhtml();
        List<PainAssessments.NrsPoint> pain = painAssessments.history(patient);
        Map<String, List<Assessments.TrendPoint>> histories = assessments.histories(patient, TrendsBean.INSTRUMENTS);
        List<TrendChart.Point> painPoints = TrendsBean.painPoints(pain);
        if (!painPoints.isEmpty()) {
            x.image(TrendImage.png("Average pain (NRS)", "NRS 0-10", 10, painPoints, CHART_WIDTH, CHART_HEIGHT),
                    "Chart of average pain (NRS 0 to 10) over time: " + describe(painPoints), CHART_WIDTH);
            x.p(TrendsBean.NRS_RULE + ".");
        }
        String function = !histories.getOrDefault("ODI", List.of()).isEmpty() ? "ODI"
                : !histories.getOrDefault("NDI", List.of()).isEmpty() ? "NDI" : null;
        if (function != null) {
            Instrument instrument = InstrumentCatalogue.find(function).orElseThrow();
            List<TrendChart.Point> points = TrendsBean.points(histories.get(function));
            x.image(TrendImage.png(instrument.name(), TrendsBean.axisTitle(instrument), TrendsBean.axisMax(instrument),
                    points, CHART_WIDTH, CHART_HEIGHT), "Chart of " + instrument.name() + " over time: "
                    + describe(points), CHART_WIDTH);
        }
        boolean any = !painPoints.isEmpty();
        for (String code : TrendsBean.INSTRUMENTS) {
            List<Assessments.TrendPoint> history = histories.getOrDefault(code, List.of());
            if (history.isEmpty()) {
                continue;
            }
            any = true;
            Instrument instrument = InstrumentCatalogue.find(code).orElseThrow();
            TrendsBean.Trend trend = TrendsBean.trend(instrument, history);
            x.h3(instrument.name());
            x.table(instrument.name() + " scores, oldest first",
                    List.of("Date", "Score", "Band", "Change from baseline", "Clinically important"),
                    trend.rows().stream().map(r -> List.of(r.date(), r.score(), r.band(), r.change(),
                            r.mcid().isEmpty() ? (r.change().equals("baseline") ? "baseline" : "no") : "yes, MCID reached"))
                            .toList());
            x.p(trend.mcidRule());
        }
        return any ? x : new Xhtml().p("No scores are recorded yet.");
    }

    /** The chart in words for a reader who cannot see it: first and last values and the MCID. */
    static String describe(List<TrendChart.Point> points) {
        TrendChart.Point first = points.get(0);
        TrendChart.Point last = points.get(points.size() - 1);
        long reached = points.stream().filter(TrendChart.Point::mcidReached).count();
        return points.size() + " values from " + value(first) + " on " + first.label() + " to " + value(last) + " on "
                + last.label() + (reached == 0 ? "; the MCID was not reached" : "; the MCID was reached " + reached
                + (reached == 1 ? " time" : " times"));
    }

    private static String value(TrendChart.Point p) {
        return p.value() == null ? "incomplete" : Shown.number(p.value());
    }
}
