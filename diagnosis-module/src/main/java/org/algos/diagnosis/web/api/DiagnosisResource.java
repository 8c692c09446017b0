package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** A patient's coded diagnoses. */
@Path("patients/{patientId: [0-9]+}/diagnoses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosisResource {

    /** A diagnosis; its version is the ETag for status changes. */
    public record DiagnosisView(long id, String system, String code, String title, boolean primary,
                                LocalDate onsetDate, String status, long version) {

        static DiagnosisView of(Diagnosis d) {
            return new DiagnosisView(d.id(), d.system(), d.code(), d.title(), d.primary(), d.onsetDate(),
                    d.status().code(), d.version());
        }
    }

    @Inject
    private Diagnoses diagnoses;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a coded diagnosis from the clinic's code list (system ICD10CM or ICD11)")
    public Response addDiagnosis(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = DiagnosisAddDiagnosisBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String system = json.text("system");
        String code = json.text("code");
        boolean primary = json.bool("primary");
        String onset = json.text("onsetDate");
        json.done();
        Diagnosis d = diagnoses.add(patientId, system, code, primary, onset);
        return Response.status(Response.Status.CREATED).tag(new EntityTag(String.valueOf(d.version())))
                .entity(DiagnosisView.of(d)).build();
    }

    @GET
    @Operation(summary = "Diagnoses, primary first")
    public List<DiagnosisView> diagnoses(@PathParam("patientId") long patientId) {
        return diagnoses.list(patientId).stream().map(DiagnosisView::of).toList();
    }

    @PUT
    @Path("{diagnosisId: [0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a diagnosis' status (active, resolved, ruled-out); If-Match with its version")
    public Response changeStatus(@PathParam("patientId") long patientId, @PathParam("diagnosisId") long diagnosisId,
                                 @HeaderParam("If-Match") String ifMatch,
                @RequestBody(content = @Content(schema = @Schema(implementation = DiagnosisChangeStatusBody.class)))
                String body) {
        Long version = ifMatch == null ? null : Versions.fromIfMatch(ifMatch);
        if (version == null) {
            return Problem.of(428, "Precondition Required", "Send If-Match with the version you read.").toResponse();
        }
        JsonBody json = JsonBody.of(body);
        String status = json.text("status");
        json.done();
        Diagnosis d = diagnoses.changeStatus(patientId, diagnosisId, version, status);
        return Response.ok(DiagnosisView.of(d)).tag(new EntityTag(String.valueOf(d.version()))).build();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record DiagnosisAddDiagnosisBody(String system, String code, Boolean primary, String onsetDate) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record DiagnosisChangeStatusBody(String status) {
    }
}
