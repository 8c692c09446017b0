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
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Questionnaires assigned to a patient to complete before a visit. */
@Path("patients/{patientId: [0-9]+}/questionnaire-assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireAssignmentResource {

    /**
     * An open request to complete a questionnaire; {@code procedureId} and {@code followUpPoint} name
     * the procedure whose outcome schedule asked it (null for a request made by hand).
     */
    public record AssignmentView(long id, String instrument, LocalDate dueOn, String assignedBy, LocalDate opensOn,
                                 Long procedureId, String followUpPoint) {

        static AssignmentView of(QuestionnaireAssignment q) {
            return new AssignmentView(q.id(), q.instrument(), q.dueOn(), q.assignedBy(), q.opensOn(), q.procedureId(),
                    q.followUpPoint());
        }
    }

    @Inject
    private Assessments assessments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the patient to complete a questionnaire: instrument, dueOn")
    public Response assign(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = QuestionnaireAssignBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String instrument = json.text("instrument");
        String due = json.text("dueOn");
        LocalDate dueOn = due == null ? null : json.errors().requiredDate("dueOn", due);
        json.done();
        return Response.status(Response.Status.CREATED)
                .entity(AssignmentView.of(assessments.assign(patientId, instrument, dueOn))).build();
    }

    @GET
    @Operation(summary = "Questionnaires still to complete, soonest due first")
    public List<AssignmentView> open(@PathParam("patientId") long patientId) {
        return assessments.openAssignments(patientId).stream().map(AssignmentView::of).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record QuestionnaireAssignBody(String instrument, String dueOn) {
    }
}
