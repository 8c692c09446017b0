package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Questionnaires assigned to a patient to complete before a visit. */
@Path("patients/{patientId: [0-9]+}/questionnaire-assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireAssignmentResource {

    /** An open request to complete a questionnaire. */
    public record AssignmentView(long id, String instrument, LocalDate dueOn, String assignedBy) {

        static AssignmentView of(QuestionnaireAssignment q) {
            return new AssignmentView(q.id(), q.instrument(), q.dueOn(), q.assignedBy());
        }
    }

    @Inject
    private Assessments assessments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the patient to complete a questionnaire: instrument, dueOn")
    public Response assign(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        String instrument = JsonInput.text(json, "instrument", errors);
        String due = JsonInput.text(json, "dueOn", errors);
        LocalDate dueOn = due == null ? null : errors.requiredDate("dueOn", due);
        errors.throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(AssignmentView.of(assessments.assign(patientId, instrument, dueOn))).build();
    }

    @GET
    @Operation(summary = "Questionnaires still to complete, soonest due first")
    public List<AssignmentView> open(@PathParam("patientId") long patientId) {
        return assessments.openAssignments(patientId).stream().map(AssignmentView::of).toList();
    }
}
