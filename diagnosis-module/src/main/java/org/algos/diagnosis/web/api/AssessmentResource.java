package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    public Response record(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        String instrument = JsonInput.text(json, "instrument", errors);
        Map<String, Integer> answers = JsonInput.answers(json, errors);
        LocalDateTime takenAt = JsonInput.utcDateTime(json, "takenAt", errors);
        errors.throwIfAny();
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
}
