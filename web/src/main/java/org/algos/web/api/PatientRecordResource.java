package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.BreakGlass;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.api.PatientResource.DemographicsBody;
import org.algos.web.api.PatientResource.MemberView;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * One patient's record: demographics, care team, break-glass. A root of its own: Jersey does not
 * fall back from a longer root path (patients/{id}/assessments) to sub-resources of a shorter one.
 */
@Path("patients/{patientId: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientRecordResource {

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    @Inject
    private BreakGlass breakGlass;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "Read a patient (care team, the patient themself, or a break-glass grant)")
    public Response read(@PathParam("patientId") long id) {
        PatientRegistry.Opened opened = patients.open(id);
        return Response.ok(PatientView.of(opened.patient(), opened.access().basis())).tag(PatientResource.etag(opened.patient())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct demographics; send If-Match with the ETag you read")
    public Response correct(@PathParam("patientId") long id, @HeaderParam("If-Match") String ifMatch,
                @RequestBody(content = @Content(schema = @Schema(implementation = DemographicsBody.class)))
                String body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.of(428, "Precondition Required",
                    "Send If-Match with the ETag of the version you read, so a concurrent change is not overwritten.")
                    .toResponse();
        }
        Long version = Versions.fromIfMatch(ifMatch);
        if (version == null) {
            return Problem.of(409, "Conflict", "If-Match " + ifMatch + " names no version of this patient.").toResponse();
        }
        Patient patient = patients.correct(id, version, PatientResource.details(body, clock));
        return Response.ok(PatientView.of(patient, null)).tag(PatientResource.etag(patient)).build();
    }

    @GET
    @Path("care-team")
    @Operation(summary = "The patient's care team")
    public List<MemberView> team(@PathParam("patientId") long id) {
        return careTeam.members(id).stream().map(MemberView::of).toList();
    }

    @PUT
    @Path("care-team/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a clinician to the care team (a physician on the team, or an administrator)")
    public Response addMember(@PathParam("patientId") long id, @PathParam("username") String username,
                @RequestBody(content = @Content(schema = @Schema(implementation = PatientRecordAddMemberBody.class)))
                String body) {
        JsonBody json = JsonBody.optional(body);
        String role = json.text("role");
        json.done();
        boolean added = careTeam.add(id, username, role);
        MemberView member = careTeam.members(id).stream()
                .filter(m -> m.username().equals(username)).findFirst().map(MemberView::of).orElseThrow();
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK).entity(member).build();
    }

    @DELETE
    @Path("care-team/{username}")
    @Operation(summary = "Take a clinician off the care team (a physician on the team, or an administrator); 204,"
            + " or 404 when they were not on it")
    public Response removeMember(@PathParam("patientId") long id, @PathParam("username") String username) {
        return careTeam.remove(id, username) ? Response.noContent().build()
                : Problem.of(404, "Not Found", username + " is not on the care team of patient " + id).toResponse();
    }

    @POST
    @Path("break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Emergency access with a reason: time-limited, flagged for review and read-only unless"
            + " writeReason states the emergency that needs changes")
    public Response breakGlass(@PathParam("patientId") long id,
                @RequestBody(content = @Content(schema = @Schema(implementation = PatientRecordBreakGlassBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String reason = json.text("reason");
        String writeReason = json.text("writeReason");
        json.done();
        BreakGlassGrant grant = breakGlass.breakGlass(id, reason, writeReason);
        Map<String, Object> view = new java.util.LinkedHashMap<>(Map.of("patientId", grant.patientId(),
                "username", grant.username(), "reason", grant.reason(), "grantedAt", grant.grantedAt().toString(),
                "expiresAt", grant.expiresAt().toString(), "mayWrite", grant.allowsWrites()));
        view.put("id", grant.id()); // the grant's id, as the auditor's review queue names it
        if (grant.allowsWrites()) {
            view.put("writeReason", grant.writeReason());
        }
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PatientRecordAddMemberBody(String role) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PatientRecordBreakGlassBody(String reason, String writeReason) {
    }
}
