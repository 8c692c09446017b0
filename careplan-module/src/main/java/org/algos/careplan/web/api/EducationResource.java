package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.education.EducationTopic;
import org.algos.careplan.education.PatientEducation;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Education texts given to a patient: the care team assigns, the patient reads and marks read. */
@Path("patients/{patientId: [0-9]+}/education")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EducationResource {

    /** A text given to the patient, without its content. */
    public record EducationView(long id, String topic, String title, String summary, int minutes, String note,
                                String assignedBy, LocalDateTime assignedAt, LocalDateTime readAt, boolean read) {

        static EducationView of(EducationAssignment a) {
            EducationTopic t = a.topic();
            return new EducationView(a.id(), t.code(), t.title(), t.summary(), t.minutes(), a.note(), a.assignedBy(),
                    a.assignedAt(), a.readAt(), a.isRead());
        }
    }

    /** A text given to the patient with its content, as Markdown and as escaped HTML. */
    public record EducationTextView(long id, String topic, String title, String summary, int minutes, String note,
                                    String assignedBy, LocalDateTime assignedAt, LocalDateTime readAt, boolean read,
                                    String markdown, String html) {

        static EducationTextView of(EducationAssignment a) {
            EducationTopic t = a.topic();
            return new EducationTextView(a.id(), t.code(), t.title(), t.summary(), t.minutes(), a.note(),
                    a.assignedBy(), a.assignedAt(), a.readAt(), a.isRead(), t.markdown(), t.html());
        }
    }

    @Inject
    private PatientEducation education;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The education texts given to the patient, unread first")
    public List<EducationView> list(@PathParam("patientId") long patientId) {
        return education.list(patientId).stream().map(EducationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Care team: give the patient a text from /api/education-topics: topic (its code), note"
            + " (optional, up to 500 characters); a text is given once (409 the second time)")
    public Response assign(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = EducationAssignBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String topic = json.text("topic");
        String note = json.text("note");
        json.done();
        EducationAssignment assignment = education.assign(patientId, topic, note);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(assignment.id())).build())
                .entity(EducationView.of(assignment)).build();
    }

    @GET
    @Path("{assignmentId: [0-9]+}")
    @Operation(summary = "One text given to the patient, with its content (markdown, and html with everything escaped)")
    public EducationTextView read(@PathParam("patientId") long patientId,
                                  @PathParam("assignmentId") long assignmentId) {
        return EducationTextView.of(education.open(patientId, assignmentId));
    }

    @PUT
    @Path("{assignmentId: [0-9]+}/read")
    @Operation(summary = "Patient: mark the text read (again: keeps the first time)")
    public EducationView markRead(@PathParam("patientId") long patientId,
                                  @PathParam("assignmentId") long assignmentId) {
        return EducationView.of(education.markRead(patientId, assignmentId));
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record EducationAssignBody(String topic, String note) {
    }
}
