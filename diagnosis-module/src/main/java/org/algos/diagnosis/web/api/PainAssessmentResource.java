package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.pain.BodyMapMark;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** A patient's pain assessments with the body map, and the NRS trend. */
@Path("patients/{patientId: [0-9]+}/pain-assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PainAssessmentResource {

    /** A marked region of the body map. */
    public record MarkView(String region, String side, int intensity) {
    }

    /** A pain assessment, with the change of average pain from the first one. */
    public record PainView(long id, LocalDateTime assessedAt, int nrsNow, int nrsWorst, int nrsAverage,
                           String painType, LocalDate onsetDate, Long durationMonths, boolean chronic,
                           String aggravating, String relieving, List<MarkView> bodyMap, Integer changeFromBaseline,
                           boolean clinicallyImportant) {

        static PainView of(PainAssessment p, List<BodyMapMark> marks, Integer change, boolean important) {
            return new PainView(p.id(), p.assessedAt(), p.nrsNow(), p.nrsWorst(), p.nrsAverage(), p.painType().code(),
                    p.onsetDate(), p.durationMonths(), p.isChronic(), p.aggravating(), p.relieving(),
                    marks.stream().map(m -> new MarkView(m.region().code(), m.side().code(), m.intensity()))
                            .toList(), change, important);
        }
    }

    @Inject
    private PainAssessments pain;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a pain assessment: NRS now/worst/average, type, onset, factors, body map")
    public Response addPain(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = PainAssessmentAddPainBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        List<PainAssessments.Mark> marks = json.objects("bodyMap").stream()
                .map(mark -> new PainAssessments.Mark(mark.text("region"), mark.text("side"),
                        mark.integer("intensity")))
                .toList();
        PainAssessments.Entry entry = new PainAssessments.Entry(json.integer("nrsNow"),
                json.integer("nrsWorst"), json.integer("nrsAverage"),
                json.text("painType"), json.text("onsetDate"),
                json.text("aggravating"), json.text("relieving"), marks);
        json.done();
        PainAssessment recorded = pain.record(patientId, entry);
        return Response.status(Response.Status.CREATED).entity(PainView.of(recorded, recorded.bodyMap(), null, false))
                .build();
    }

    @GET
    @Operation(summary = "Pain assessments, oldest first, with the change of average pain (≥2 points or ≥30 % is important)")
    public List<PainView> painHistory(@PathParam("patientId") long patientId) {
        return pain.history(patientId).stream()
                .map(p -> PainView.of(p.assessment(), p.marks(), p.changeFromBaseline(), p.clinicallyImportant())).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PainAssessmentAddPainMark(String region, String side, Integer intensity) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PainAssessmentAddPainBody(List<PainAssessmentAddPainMark> bodyMap, Integer nrsNow, Integer nrsWorst,
                                            Integer nrsAverage, String painType, String onsetDate, String aggravating,
                                            String relieving) {
    }
}
