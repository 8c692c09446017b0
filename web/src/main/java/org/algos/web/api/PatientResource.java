package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.AccessBasis;
import org.algos.domain.access.BreakGlass;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.patient.PatientRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Patients, their care teams and break-glass access. */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    /** A care-team member as the API returns it; roles in their lower-case codes, times in UTC. */
    public record MemberView(String username, String displayName, String role, LocalDateTime addedAt, String addedBy) {

        static MemberView of(TeamMemberView m) {
            return new MemberView(m.username(), m.displayName(), m.role().code(), m.addedAt(), m.addedBy());
        }
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    @Inject
    private BreakGlass breakGlass;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a patient; the caller joins the care team")
    public Response register(String body) {
        Patient patient = patients.register(details(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(patient.id())).build())
                .tag(etag(patient))
                .entity(PatientView.of(patient, AccessBasis.CARE_TEAM))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read a patient (care team, the patient themself, or a break-glass grant)")
    public Response read(@PathParam("id") long id) {
        PatientRegistry.Opened opened = patients.open(id);
        return Response.ok(PatientView.of(opened.patient(), opened.access().basis())).tag(etag(opened.patient())).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct demographics; send If-Match with the ETag you read")
    public Response correct(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.of(428, "Precondition Required",
                    "Send If-Match with the ETag of the version you read, so a concurrent change is not overwritten.")
                    .toResponse();
        }
        Long version = Versions.fromIfMatch(ifMatch);
        if (version == null) {
            return Problem.of(409, "Conflict", "If-Match " + ifMatch + " names no version of this patient.").toResponse();
        }
        Patient patient = patients.correct(id, version, details(body));
        return Response.ok(PatientView.of(patient, null)).tag(etag(patient)).build();
    }

    @GET
    @Operation(summary = "Search the caller's accessible patients by MRN or name, paged")
    public PageView<PatientView> search(@QueryParam("q") String q, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        FieldErrors errors = new FieldErrors();
        int pageNumber = QueryInput.integer("page", page, 0, errors);
        int pageSize = QueryInput.integer("size", size, 20, errors);
        Page.checkRequest(pageNumber, pageSize, errors);
        errors.throwIfAny();
        Page<Patient> found = patients.search(q, pageNumber, pageSize);
        return PageView.of(found.map(p -> PatientView.of(p, null)));
    }

    @GET
    @Path("{id: [0-9]+}/care-team")
    @Operation(summary = "The patient's care team")
    public List<MemberView> team(@PathParam("id") long id) {
        return careTeam.members(id).stream().map(MemberView::of).toList();
    }

    @PUT
    @Path("{id: [0-9]+}/care-team/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a clinician to the care team (a physician on the team, or an administrator)")
    public Response addMember(@PathParam("id") long id, @PathParam("username") String username, String body) {
        FieldErrors errors = new FieldErrors();
        String role = JsonInput.text(JsonInput.optionalObject(body), "role", errors);
        errors.throwIfAny();
        boolean added = careTeam.add(id, username, role);
        MemberView member = careTeam.members(id).stream()
                .filter(m -> m.username().equals(username)).findFirst().map(MemberView::of).orElseThrow();
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK).entity(member).build();
    }

    @POST
    @Path("{id: [0-9]+}/break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Emergency access with a reason: time-limited and flagged for review")
    public Response breakGlass(@PathParam("id") long id, String body) {
        FieldErrors errors = new FieldErrors();
        String reason = JsonInput.text(JsonInput.object(body), "reason", errors);
        errors.throwIfAny();
        BreakGlassGrant grant = breakGlass.breakGlass(id, reason);
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("patientId", grant.patientId(), "username", grant.username(), "reason", grant.reason(),
                        "grantedAt", grant.grantedAt().toString(), "expiresAt", grant.expiresAt().toString()))
                .build();
    }

    private PatientDetails details(String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        String mrn = JsonInput.text(json, "mrn", errors);
        String given = JsonInput.text(json, "givenName", errors);
        String family = JsonInput.text(json, "familyName", errors);
        String birthDate = JsonInput.text(json, "birthDate", errors);
        String sex = JsonInput.text(json, "sex", errors);
        errors.throwIfAny();
        return PatientDetails.parse(mrn, given, family, birthDate, sex, LocalDate.now(clock));
    }

    private static EntityTag etag(Patient patient) {
        return new EntityTag(String.valueOf(patient.version()));
    }
}
