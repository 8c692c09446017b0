package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Patients, their care teams and break-glass access. */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    /** A care-team member as the API returns it; roles in their lower-case codes, times in UTC. */
    public record MemberView(String username, String displayName, String role, LocalDateTime addedAt, String addedBy,
                             boolean addedByAdministrator) {

        static MemberView of(TeamMemberView m) {
            return new MemberView(m.username(), m.displayName(), m.role().code(), m.addedAt(), m.addedBy(),
                    m.addedByAdministrator());
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
    public Response register(
                @RequestBody(content = @Content(schema = @Schema(implementation = DemographicsBody.class)))
                String body) {
        Patient patient = patients.register(details(body, clock));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(patient.id())).build())
                .tag(etag(patient))
                .entity(PatientView.of(patient, AccessBasis.CARE_TEAM))
                .build();
    }

    @GET
    @Operation(summary = "Search the caller's accessible patients by MRN or name, paged")
    public PageView<PatientView> search(@QueryParam("q") String q, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        Page<Patient> found = patients.search(q, paging.page(), paging.size());
        return PageView.of(found.map(p -> PatientView.of(p, null)));
    }

    static PatientDetails details(String body, Clock clock) {
        JsonBody json = JsonBody.of(body);
        String mrn = json.text("mrn");
        String given = json.text("givenName");
        String family = json.text("familyName");
        String birthDate = json.text("birthDate");
        String sex = json.text("sex");
        json.done();
        return PatientDetails.parse(mrn, given, family, birthDate, sex, LocalDate.now(clock));
    }

    static EntityTag etag(Patient patient) {
        return new EntityTag(String.valueOf(patient.version()));
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** The body of a registration and of a correction ({@link #details}), for the OpenAPI document. */
    public record DemographicsBody(String mrn, String givenName, String familyName, String birthDate, String sex) {
    }
}
