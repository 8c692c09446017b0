package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Arrays;
import java.util.List;
import org.algos.careplan.psych.PsychEvaluation;
import org.algos.careplan.psych.PsychEvaluations;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Psychological evaluations, with the clearance for neuromodulation the SCS trial rule reads. */
@Path("patients/{patientId: [0-9]+}/psych-evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PsychEvaluationResource {

    /** An evaluation as the API returns it. */
    public record EvaluationView(long id, LocalDate date, List<String> instruments, String findings,
                                 boolean clearedForNeuromodulation, boolean activeSubstanceUseDisorder, String notes,
                                 String recordedBy) {

        static EvaluationView of(PsychEvaluation e) {
            return new EvaluationView(e.id(), e.evaluatedOn(), e.instruments() == null || e.instruments().isEmpty()
                    ? List.of() : Arrays.asList(e.instruments().split(",")), e.findings(),
                    e.clearedForNeuromodulation(), e.activeSubstanceUseDisorder(), e.notes(), e.recordedBy());
        }
    }

    @Inject
    private PsychEvaluations evaluations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Psychologist: date, instruments (PHQ9, GAD7, PCS), findings, clearedForNeuromodulation, "
            + "activeSubstanceUseDisorder, notes")
    public Response record(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        Boolean cleared = json.containsKey("clearedForNeuromodulation")
                && json.get("clearedForNeuromodulation").getValueType() != JsonValue.ValueType.NULL
                ? JsonInput.bool(json, "clearedForNeuromodulation", errors) : null;
        PsychEvaluations.Entry entry = new PsychEvaluations.Entry(JsonInput.text(json, "date", errors),
                JsonInput.strings(json, "instruments", errors), JsonInput.text(json, "findings", errors), cleared,
                JsonInput.bool(json, "activeSubstanceUseDisorder", errors), JsonInput.text(json, "notes", errors));
        errors.throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(EvaluationView.of(evaluations.record(patientId, entry))).build();
    }

    @GET
    @Operation(summary = "Evaluations, newest first")
    public List<EvaluationView> list(@PathParam("patientId") long patientId) {
        return evaluations.list(patientId).stream().map(EvaluationView::of).toList();
    }
}
