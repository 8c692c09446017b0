package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.algos.diagnosis.instrument.Mcid;
import org.algos.diagnosis.instrument.Score;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.patient.Sex;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The instrument catalogue, and scoring without storing. No patient data: any signed-in user. */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    /** An instrument with its items, MCID and source. */
    public record InstrumentView(String code, String name, List<Item> items, boolean needsSex, McidView mcid,
                                 String source) {

        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.code(), i.name(), i.items(), i.needsSex(), i.mcid().map(McidView::of).orElse(null),
                    i.source());
        }
    }

    /** An MCID as the API shows it. */
    public record McidView(double amount, String kind, String source) {

        static McidView of(Mcid m) {
            return new McidView(m.amount(), m.kind() == Mcid.Kind.POINTS ? "points" : "percent-reduction", m.source());
        }
    }

    /** A score as the API returns it. */
    public record ScoreView(String instrument, double total, Double percent, String band, Map<String, Double> subscales,
                            List<String> alerts, boolean valid, String message, String source) {

        static ScoreView of(Instrument i, Score s) {
            return new ScoreView(i.code(), s.total(), s.percent(), s.band(), s.subscales(), s.alerts(), s.valid(),
                    s.message(), i.source());
        }
    }

    @GET
    @Operation(summary = "The instruments Algos scores, with their items")
    public List<InstrumentView> all() {
        return InstrumentCatalogue.all().stream().map(InstrumentView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One instrument with its items")
    public InstrumentView one(@PathParam("code") String code) {
        return InstrumentView.of(find(code));
    }

    @POST
    @Path("{code}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score answers without storing them")
    public ScoreView score(@PathParam("code") String code,
                @RequestBody(content = @Content(schema = @Schema(implementation = InstrumentScoreBody.class)))
                String body) {
        Instrument instrument = find(code);
        JsonBody json = JsonBody.of(body);
        Map<String, Integer> answers = json.answers("answers");
        String sexCode = json.text("sex");
        Sex sex = sexCode == null ? null : json.errors().requiredCode("sex", sexCode, Sex.class, Sex::code);
        json.done();
        return ScoreView.of(instrument, instrument.score(new Answers(answers, sex)));
    }

    private static Instrument find(String code) {
        return InstrumentCatalogue.find(code)
                .orElseThrow(() -> new NotFoundException("No instrument " + code + "; known: "
                        + InstrumentCatalogue.all().stream().map(Instrument::code).toList()));
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record InstrumentScoreBody(Map<String, Integer> answers, String sex) {
    }
}
