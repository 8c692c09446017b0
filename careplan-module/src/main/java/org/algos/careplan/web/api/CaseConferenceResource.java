package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.conference.CaseConferences;
import org.algos.careplan.plan.TaskInput;
import org.algos.careplan.web.api.CarePlanResource.TaskView;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    public Response record(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        CaseConferences.Entry entry = new CaseConferences.Entry(JsonInput.text(json, "date", errors),
                JsonInput.strings(json, "attendees", errors), inputs(json, errors),
                JsonInput.text(json, "decisions", errors), tasks(json, errors));
        errors.throwIfAny();
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

    /** "inputs": an object of discipline to text. */
    private static Map<String, String> inputs(JsonObject json, FieldErrors errors) {
        JsonValue value = json.get("inputs");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add("inputs", "must be an object of discipline to text");
            return Map.of();
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        value.asJsonObject().forEach((discipline, text) -> {
            if (text instanceof JsonString string) {
                inputs.put(discipline, string.getString());
            } else if (text.getValueType() != JsonValue.ValueType.NULL) {
                errors.add("inputs." + discipline, "must be text");
            }
        });
        return inputs;
    }

    /** "tasks": an array of {title, assignee, dueDate}. */
    private static List<TaskInput.Entry> tasks(JsonObject json, FieldErrors errors) {
        JsonValue value = json.get("tasks");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add("tasks", "must be a list of {title, assignee, dueDate}");
            return List.of();
        }
        List<TaskInput.Entry> tasks = new ArrayList<>();
        List<JsonValue> items = value.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add("tasks[" + i + "]", "must be an object {title, assignee, dueDate}");
                continue;
            }
            FieldErrors own = new FieldErrors();
            TaskInput.Entry task = CarePlanResource.taskEntry(items.get(i).asJsonObject(), own, false);
            if (!own.isEmpty()) {
                errors.add("tasks[" + i + "]", "title, assignee and dueDate must be text");
            }
            tasks.add(task);
        }
        return tasks;
    }
}
