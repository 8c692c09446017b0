package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.List;
import org.algos.diagnosis.pain.BodyMapMark;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    public Response addPain(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        List<PainAssessments.Mark> marks = new ArrayList<>();
        JsonValue map = json.get("bodyMap");
        if (map instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject mark) {
                    marks.add(new PainAssessments.Mark(JsonInput.text(mark, "region", errors),
                            JsonInput.text(mark, "side", errors), JsonInput.integer(mark, "intensity", errors)));
                } else {
                    errors.add("bodyMap[" + i + "]", "must be an object with region, side and intensity");
                }
            }
        } else if (map != null && map.getValueType() != JsonValue.ValueType.NULL) {
            errors.add("bodyMap", "must be a list of marked regions");
        }
        PainAssessments.Entry entry = new PainAssessments.Entry(JsonInput.integer(json, "nrsNow", errors),
                JsonInput.integer(json, "nrsWorst", errors), JsonInput.integer(json, "nrsAverage", errors),
                JsonInput.text(json, "painType", errors), JsonInput.text(json, "onsetDate", errors),
                JsonInput.text(json, "aggravating", errors), JsonInput.text(json, "relieving", errors), marks);
        errors.throwIfAny();
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
}
