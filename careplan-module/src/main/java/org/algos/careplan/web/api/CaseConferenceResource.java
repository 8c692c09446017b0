package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.conference.CaseConferences;
import org.algos.careplan.web.api.CarePlanResource.TaskView;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Case conferences of a patient's care team; their tasks go onto the patient's active care plan. */
@Path("patients/{patientId: [0-9]+}/case-conferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseConferenceResource {

    /** A conference with each discipline's input, keyed by discipline code, and the tasks it created. */
    public record ConferenceView(long id, long patientId, Long carePlanId, LocalDate date, List<String> attendees,
                                 Map<String, String> inputs, String decisions, List<TaskView> tasks,
                                 String recordedBy, LocalDateTime recordedAt) {

        static ConferenceView of(CaseConferences.Recorded r, LocalDate today) {
            Map<String, String> inputs = new LinkedHashMap<>();
            r.inputs().forEach((discipline, text) -> inputs.put(discipline.code(), text));
            var c = r.conference();
            return new ConferenceView(c.id(), c.patientId(), c.carePlanId(), c.heldOn(), c.attendees(), inputs,
                    c.decisions(), r.tasks().stream().map(t -> TaskView.of(t, today)).toList(), c.recordedBy(),
                    c.recordedAt());
        }
    }

    @Inject
    private CaseConferences conferences;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a case conference: date, attendees (care-team usernames), inputs (text by discipline:"
            + " physician, nurse, physiotherapist, psychologist), decisions, tasks ([{title, assignee, dueDate}],"
            + " created on the active care plan)")
    public Response record(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = CaseConferenceRecordBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        CaseConferences.Entry entry = new CaseConferences.Entry(json.text("date"),
                json.strings("attendees"), json.textMap("inputs"),
                json.text("decisions"), json.objects("tasks").stream().map(CarePlanResource::taskEntry).toList());
        json.done();
        CaseConferences.Recorded recorded = conferences.record(patientId, entry);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.conference().id()))
                .build()).entity(ConferenceView.of(recorded, LocalDate.now(clock))).build();
    }

    @GET
    @Operation(summary = "The patient's case conferences, latest first")
    public List<ConferenceView> list(@PathParam("patientId") long patientId) {
        LocalDate today = LocalDate.now(clock);
        return conferences.list(patientId).stream().map(r -> ConferenceView.of(r, today)).toList();
    }

    @GET
    @Path("{conferenceId: [0-9]+}")
    @Operation(summary = "One case conference")
    public ConferenceView read(@PathParam("patientId") long patientId, @PathParam("conferenceId") long conferenceId) {
        return ConferenceView.of(conferences.get(patientId, conferenceId), LocalDate.now(clock));
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CaseConferenceRecordTask(String title, String assignee, String dueDate) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CaseConferenceRecordBody(String date, List<String> attendees, Map<String, String> inputs,
                                           String decisions, List<CaseConferenceRecordTask> tasks) {
    }
}
