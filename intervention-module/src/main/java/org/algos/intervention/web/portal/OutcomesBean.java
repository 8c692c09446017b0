package org.algos.intervention.web.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;
import org.algos.intervention.outcome.FollowUpPoint;
import org.algos.intervention.outcome.OutcomeCsv;
import org.algos.intervention.outcome.OutcomeExport;
import org.algos.intervention.outcome.OutcomeRegistry;
import org.algos.intervention.outcome.OutcomeSchedule;
import org.algos.intervention.outcome.RegistryFigures;
import org.algos.intervention.outcome.RegistryQuery;
import org.algos.intervention.outcome.ResponderShare;
import org.algos.domain.common.Page;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.PagedRows;
import org.algos.web.kit.portal.Shown;

/**
 * The outcomes registry page for physicians: for a procedure or a family and a range of procedure
 * dates, the responders at the chosen point with their 95 % intervals and the worst case, the
 * change of pain, the figures by sex and age band, and the shares at 3, 6 and 12 months side by
 * side. Aggregates only; each question is one audited registry call.
 */
@Named
@ViewScoped
public class OutcomesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> LABELS = Map.of("procedure", "Procedure", "from", "From", "to", "To",
            "months", "Follow-up");
    private static final Map<String, String> MEASURES = Map.of("nrs30", "Pain ≥30 % less (IMMPACT moderate)",
            "nrs50", "Pain ≥50 % less (IMMPACT substantial)", "function-mcid", "ODI/NDI improved by its MCID");

    /** A choice of what to report: a procedure or a family. */
    public record Choice(String value, String label) implements Serializable {
    }

    /** One measure as the table shows it. */
    public record Row(String measure, String responders, String share, String ci95, String worstCase, int percent)
            implements Serializable {
    }

    /** A subgroup's line. */
    public record GroupRow(String by, String group, int cohort, int followedUp, String nrs30, String function)
            implements Serializable {
    }

    /** The shares of one follow-up point, for the side-by-side view. */
    public record PointRow(String point, int followedUp, List<Row> rows) implements Serializable {
    }

    /** One of the physician's own patients in the cohort. */
    public record MineRow(long procedureId, long patientId, String patient, String date, String painBefore,
                          String painNow, String function) implements Serializable {

        static MineRow of(OutcomeRegistry.Mine m) {
            return new MineRow(m.procedureId(), m.patientId(), m.patientName() + " (" + m.mrn() + ")",
                    Shown.date(m.date()), m.painBefore() == null ? "–" : String.valueOf(m.painBefore()),
                    m.painNow() == null ? "no follow-up" : String.valueOf(m.painNow()),
                    m.functionImproved() == null ? "–" : m.functionImproved() ? "MCID reached" : "not reached");
        }
    }

    @Inject
    private OutcomeRegistry registry;

    @Inject
    private OutcomeExport export;

    /** The question last shown, for the drill-down's pages. */
    private RegistryQuery asked;

    private final PagedRows<MineRow> mine = PagedRows.of((page, size) -> asked == null
            ? new Page<>(List.of(), page, size, 0) : registry.mine(asked, page, size).map(MineRow::of),
            row -> String.valueOf(row.procedureId()));

    @Inject
    private Clock clock;

    private String procedure = "FACET_RFA";
    private LocalDate from;
    private LocalDate to;
    private String months = "3";
    private String cohort;
    private List<Row> rows = List.of();
    private String painChange;
    private String repeat;
    private List<GroupRow> groups = List.of();
    private List<PointRow> points = List.of();

    public List<Choice> getChoices() {
        List<Choice> choices = new ArrayList<>();
        Arrays.stream(ProcedureFamily.values()).filter(f -> Arrays.stream(Procedure.values())
                        .anyMatch(p -> p.family() == f && OutcomeSchedule.appliesTo(p)))
                .forEach(f -> choices.add(new Choice(f.name(), "All " + f.name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + " procedures")));
        Arrays.stream(Procedure.values()).filter(OutcomeSchedule::appliesTo)
                .forEach(p -> choices.add(new Choice(p.code(), p.displayName())));
        return choices;
    }

    /**
     * Sends the de-identified export of the range (all follow-up points) in answer to a non-Ajax
     * button: the CSV replaces the page as a download, streamed slice by slice.
     */
    public void exportCsv() {
        LocalDate today = LocalDate.now(clock);
        ChartSection.attempt(() -> {
            RegistryQuery range = RegistryQuery.parseRange(procedure, (from == null ? today.minusYears(2) : from)
                    .toString(), (to == null ? today : to).toString());
            export.begin(range);
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("text/csv; charset=UTF-8");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"outcomes-" + range.name() + "-"
                    + range.from() + "-" + range.to() + ".csv\"");
            external.setResponseHeader("Cache-Control", "private, no-store");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(external.getResponseOutputStream(),
                    StandardCharsets.UTF_8))) {
                OutcomeCsv.write(export, range, out, written -> { });
            } catch (IOException e) {
                throw new UncheckedIOException("The export could not be sent", e);
            }
            faces.responseComplete();
        }, LABELS);
    }

    /** Asks the registry once per month point: the chosen one in full, all three side by side. */
    public void show() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.minusYears(2) : from;
        LocalDate end = to == null ? today : to;
        ChartSection.attempt(() -> {
            RegistryQuery query = RegistryQuery.parse(procedure, start.toString(), end.toString(), months);
            RegistryFigures.Figures f = null;
            List<PointRow> byPoint = new ArrayList<>();
            for (FollowUpPoint point : List.of(FollowUpPoint.THREE_MONTHS, FollowUpPoint.SIX_MONTHS,
                    FollowUpPoint.TWELVE_MONTHS)) {
                RegistryFigures.Figures at = registry.figures(new RegistryQuery(query.name(), query.procedures(),
                        query.from(), query.to(), point));
                byPoint.add(new PointRow(point.months() + " months", at.followedUp(),
                        at.outcomes().stream().map(OutcomesBean::row).toList()));
                if (point == query.point()) {
                    f = at;
                }
            }
            asked = query;
            points = byPoint;
            show(f, start, end);
        }, LABELS);
    }

    private void show(RegistryFigures.Figures f, LocalDate start, LocalDate end) {
        cohort = f.cohort() + " procedures completed from " + Shown.date(start) + " to " + Shown.date(end) + "; "
                + f.followedUp() + " with a follow-up at " + months + " months";
        rows = f.outcomes().stream().map(OutcomesBean::row).toList();
        painChange = f.painChange() == null ? "no follow-up yet" : "median " + Shown.signed(f.painChange().median())
                + " points (quartiles " + Shown.signed(f.painChange().q1()) + " to "
                + Shown.signed(f.painChange().q3()) + "), n = " + f.painChange().n();
        repeat = f.repeats() == null ? null : f.repeats().repeated() + " of " + f.repeats().cohort()
                + " ablations repeated on the same side" + (f.repeats().days() == null ? ""
                : ", after a median of " + months(f.repeats().days().median()) + " months (quartiles "
                + months(f.repeats().days().q1()) + " to " + months(f.repeats().days().q3()) + ")");
        groups = f.groups().stream().map(g -> new GroupRow(g.by(), g.name(), g.cohort(), g.followedUp(),
                shareOf(g.outcomes(), "nrs30"), shareOf(g.outcomes(), "function-mcid"))).toList();
    }

    /** Days as months of the mean Gregorian length (365.25 / 12). */
    private static String months(double days) {
        return Shown.number(days / 30.4375);
    }

    static Row row(RegistryFigures.Outcome o) {
        ResponderShare s = o.share();
        return new Row(MEASURES.getOrDefault(o.measure(), o.measure()), s.responders() + " of " + s.followedUp(),
                percent(s.share()), s.ciLow() == null ? "–" : percent(s.ciLow()) + "–" + percent(s.ciHigh()),
                percent(s.worstCaseShare()), s.share() == null ? 0 : (int) Math.round(s.share() * 100));
    }

    private static String shareOf(List<RegistryFigures.Outcome> outcomes, String measure) {
        return outcomes.stream().filter(o -> o.measure().equals(measure)).findFirst()
                .map(o -> o.share().responders() + "/" + o.share().followedUp()
                        + (o.share().share() == null ? "" : " (" + percent(o.share().share()) + ")"))
                .orElse("");
    }

    private static String percent(Double share) {
        return share == null ? "–" : Shown.number(Math.round(share * 1000) / 10.0) + " %";
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public String getCohort() {
        return cohort;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getPainChange() {
        return painChange;
    }

    /** Ablations only: how many were repeated and after how long; null otherwise. */
    public String getRepeat() {
        return repeat;
    }

    /** The drill-down: the cohort's procedures of the physician's own patients, paged in the database. */
    public PagedRows<MineRow> getMine() {
        return mine;
    }

    public List<GroupRow> getGroups() {
        return groups;
    }

    public List<PointRow> getPoints() {
        return points;
    }
}
