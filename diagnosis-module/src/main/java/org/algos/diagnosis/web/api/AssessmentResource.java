package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.domain.common.InvalidInputException;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Completed instruments of a patient and their trends against baseline. */
@Path("patients/{patientId: [0-9]+}/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** A stored assessment; change and MCID are against the first valid one of its instrument. */
    public record AssessmentView(long id, String instrument, LocalDateTime takenAt, double total, Double percent,
                                 String band, Map<String, Double> subscales, List<String> alerts, boolean valid,
                                 String message, Double changeFromBaseline, boolean baseline, boolean mcidReached,
                                 String recordedBy) {

        static AssessmentView of(Assessments.TrendPoint p) {
            Assessment a = p.assessment();
            return new AssessmentView(a.id(), a.instrument(), a.takenAt(), a.total(), a.percent(), a.band(),
                    a.subscales(), a.alerts(), a.valid(), a.message(), p.changeFromBaseline(), p.baseline(),
                    p.mcidReached(), a.recordedBy());
        }

        static AssessmentView stored(Assessment a) {
            return new AssessmentView(a.id(), a.instrument(), a.takenAt(), a.total(), a.percent(), a.band(),
                    a.subscales(), a.alerts(), a.valid(), a.message(), null, false, false, a.recordedBy());
        }
    }

    @Inject
    private Assessments assessments;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a completed instrument (instrument, answers, takenAt); returns the server's score")
    public Response record(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentRecordBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String instrument = json.text("instrument");
        Map<String, Integer> answers = json.answers("answers");
        LocalDateTime takenAt = json.utcDateTime("takenAt");
        json.done();
        Assessment stored = assessments.record(patientId, instrument, answers, takenAt);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .entity(AssessmentView.stored(stored)).build();
    }

    @GET
    @Operation(summary = "History of one instrument, oldest first, with change from baseline and MCID")
    public List<AssessmentView> history(@PathParam("patientId") long patientId,
                                        @QueryParam("instrument") String instrument) {
        if (instrument == null || instrument.isBlank()) {
            throw InvalidInputException.of("instrument", "is required, e.g. ?instrument=ODI");
        }
        return assessments.history(patientId, instrument).stream().map(AssessmentView::of).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record AssessmentRecordBody(String instrument, Map<String, Integer> answers, String takenAt) {
    }
}
