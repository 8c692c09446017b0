package org.algos.careplan.web.api;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.algos.careplan.psych.PsychEvaluation;
import org.algos.careplan.psych.PsychEvaluations;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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
    public Response record(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = PsychEvaluationRecordBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        Boolean cleared = json.optionalBool("clearedForNeuromodulation");
        PsychEvaluations.Entry entry = new PsychEvaluations.Entry(json.text("date"),
                json.strings("instruments"), json.text("findings"), cleared,
                json.bool("activeSubstanceUseDisorder"), json.text("notes"));
        json.done();
        return Response.status(Response.Status.CREATED)
                .entity(EvaluationView.of(evaluations.record(patientId, entry))).build();
    }

    @GET
    @Operation(summary = "Evaluations, newest first")
    public List<EvaluationView> list(@PathParam("patientId") long patientId) {
        return evaluations.list(patientId).stream().map(EvaluationView::of).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PsychEvaluationRecordBody(Boolean clearedForNeuromodulation, String date, List<String> instruments,
                                            String findings, Boolean activeSubstanceUseDisorder, String notes) {
    }
}
