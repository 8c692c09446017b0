package org.algos.intervention.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.algos.intervention.outcome.OutcomeCsv;
import org.algos.intervention.outcome.OutcomeExport;
import org.algos.intervention.outcome.OutcomeRegistry;
import org.algos.intervention.outcome.RegistryFigures;
import org.algos.intervention.outcome.RegistryQuery;
import org.algos.intervention.outcome.RepeatInterval;
import org.algos.intervention.outcome.ResponderShare;
import org.algos.intervention.outcome.Spread;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outcomes registry: aggregates only, no patient named. */
@Path("outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    /** One measure: responders among those followed up with the 95 % Wilson interval, and the worst case. */
    public record OutcomeView(String measure, int responders, int followedUp, Double share, List<Double> ci95,
                              Double worstCaseShare) {

        static OutcomeView of(RegistryFigures.Outcome o) {
            ResponderShare s = o.share();
            return new OutcomeView(o.measure(), s.responders(), s.followedUp(), s.share(),
                    s.ciLow() == null ? null : List.of(s.ciLow(), s.ciHigh()), s.worstCaseShare());
        }
    }

    /** A spread: the change of pain (points on the 0–10 scale, negative is better), or days; median and quartiles. */
    public record ChangeView(int n, double median, double q1, double q3) {

        static ChangeView of(Spread s) {
            return s == null ? null : new ChangeView(s.n(), s.median(), s.q1(), s.q3());
        }
    }

    /** Ablations only: how many were repeated (same kind, same side) and the days to the repeat among those. */
    public record RepeatView(int cohort, int repeated, ChangeView days) {

        static RepeatView of(RepeatInterval.Repeats r) {
            return r == null ? null : new RepeatView(r.cohort(), r.repeated(), ChangeView.of(r.days()));
        }
    }

    /** A subgroup's figures. */
    public record GroupView(String by, String group, int cohort, int followedUp, List<OutcomeView> outcomes) {
    }

    public record RegistryView(String procedure, List<String> procedures, LocalDate from, LocalDate to, int months,
                               int cohort, int followedUp, List<OutcomeView> outcomes, ChangeView painChange,
                               List<GroupView> subgroups, RepeatView repeat) {
    }

    /** One of the caller's patients in the cohort, with the outcome at the point. */
    public record MineView(long patientId, String patientName, String mrn, long procedureId, LocalDate date,
                           Integer painBefore, Integer painNow, Boolean functionImproved) {

        static MineView of(OutcomeRegistry.Mine m) {
            return new MineView(m.patientId(), m.patientName(), m.mrn(), m.procedureId(), m.date(), m.painBefore(),
                    m.painNow(), m.functionImproved());
        }
    }

    @Inject
    private OutcomeRegistry registry;

    @Inject
    private OutcomeExport export;

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Physician: the de-identified export for an external registry, one CSV line per procedure of"
            + " the kind completed from..to and follow-up point due by today: a per-export pseudonym, 5-year age"
            + " band, months since the procedure, no name, MRN, date or free text (columns in docs/outcomes.md);"
            + " streamed; audited")
    public Response export(@QueryParam("procedure") String procedure, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        RegistryQuery range = RegistryQuery.parseRange(procedure, from, to);
        export.begin(range);
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            OutcomeCsv.write(export, range, writer, written -> { });
        };
        return Response.ok(csv, "text/csv; charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"outcomes-" + range.name() + "-" + range.from() + "-" + range.to() + ".csv\"")
                .build();
    }

    @GET
    @Path("patients")
    @Operation(summary = "Physician: the drill-down, only the cohort's procedures of patients on the caller's care"
            + " teams, newest first, with their outcome at the point; paged; audited")
    public PageView<MineView> mine(@QueryParam("procedure") String procedure, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("months") String months,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        RegistryQuery query = RegistryQuery.parse(procedure, from, to, months);
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        return PageView.of(registry.mine(query, paging.page(), paging.size()).map(MineView::of));
    }

    @GET
    @Operation(summary = "Physician: responders per measure (nrs30, nrs50, function-mcid) among the procedures of a"
            + " kind (procedure code or family) completed from..to, at months 3, 6 or 12, with 95 % Wilson"
            + " intervals and the worst case (missing follow-up counted as no response); audited")
    public RegistryView figures(@QueryParam("procedure") String procedure, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("months") String months) {
        RegistryQuery query = RegistryQuery.parse(procedure, from, to, months);
        RegistryFigures.Figures f = registry.figures(query);
        return new RegistryView(query.name(), query.procedures().stream().map(p -> p.code()).toList(), query.from(),
                query.to(), query.point().months(), f.cohort(), f.followedUp(),
                f.outcomes().stream().map(OutcomeView::of).toList(), ChangeView.of(f.painChange()),
                f.groups().stream().map(g -> new GroupView(g.by(), g.name(), g.cohort(), g.followedUp(),
                        g.outcomes().stream().map(OutcomeView::of).toList())).toList(), RepeatView.of(f.repeats()));
    }
}
