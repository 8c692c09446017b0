package org.algos.careplan.web.api;

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
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanGoals;
import org.algos.careplan.plan.CarePlanModalities;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.TaskInput;
import org.algos.careplan.plan.TeamTasks;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * A patient's care plans with their goals, modalities and team tasks. Changes of a plan, goal,
 * modality or task send If-Match with the version read (its ETag): 428 without it, 409 when stale.
 */
@Path("patients/{patientId: [0-9]+}/care-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanResource {

    /** A plan without its parts, as listed and as returned after a change. */
    public record PlanSummaryView(long id, long patientId, String title, String status, List<String> problems,
                                  String owner, LocalDateTime createdAt, LocalDateTime updatedAt, String updatedBy,
                                  long version) {

        static PlanSummaryView of(CarePlan p) {
            return new PlanSummaryView(p.id(), p.patientId(), p.title(), p.status().code(), p.problems(), p.owner(),
                    p.createdAt(), p.updatedAt(), p.updatedBy(), p.version());
        }
    }

    /** A plan with goals, modalities and tasks; {@code tasks} is left out for the patient. */
    public record PlanView(long id, long patientId, String title, String status, List<String> problems, String owner,
                           LocalDateTime createdAt, LocalDateTime updatedAt, String updatedBy, long version,
                           List<GoalView> goals, List<ModalityView> modalities, List<TaskView> tasks) {

        static PlanView of(CarePlan p, List<GoalView> goals, List<ModalityView> modalities, List<TaskView> tasks) {
            return new PlanView(p.id(), p.patientId(), p.title(), p.status().code(), p.problems(), p.owner(),
                    p.createdAt(), p.updatedAt(), p.updatedBy(), p.version(), goals, modalities, tasks);
        }
    }

    /** A dated progress note of a goal. */
    public record ProgressView(LocalDate date, String note, String author) {

        static ProgressView of(GoalProgressNote n) {
            return new ProgressView(n.notedOn(), n.note(), n.author());
        }
    }

    /** A SMART goal with its progress, oldest note first. */
    public record GoalView(long id, long carePlanId, String description, String measure, String targetValue,
                           LocalDate targetDate, String status, String createdBy, LocalDateTime updatedAt,
                           long version, List<ProgressView> progress) {

        static GoalView of(CarePlanGoal g, List<GoalProgressNote> progress) {
            return new GoalView(g.id(), g.carePlanId(), g.description(), g.measure(), g.targetValue(), g.targetDate(),
                    g.status().code(), g.createdBy(), g.updatedAt(), g.version(),
                    progress.stream().map(ProgressView::of).toList());
        }
    }

    /** A modality; {@code discipline} is the constant, e.g. PHYSIOTHERAPY. */
    public record ModalityView(long id, long carePlanId, String discipline, String details, String frequency,
                               String responsible, String status, String createdBy, String updatedBy,
                               LocalDateTime updatedAt, long version) {

        static ModalityView of(CarePlanModality m) {
            return new ModalityView(m.id(), m.carePlanId(), m.discipline().name(), m.details(), m.frequency(),
                    m.responsible(), m.status().code(), m.createdBy(), m.updatedBy(), m.updatedAt(), m.version());
        }
    }

    /** A team task; {@code overdue} when open past its due date. */
    public record TaskView(long id, long patientId, long carePlanId, Long caseConferenceId, String title,
                           String assignee, LocalDate dueDate, String status, boolean overdue, String createdBy,
                           LocalDateTime createdAt, String doneBy, LocalDateTime doneAt, long version) {

        static TaskView of(CarePlanTask t, LocalDate today) {
            return new TaskView(t.id(), t.patientId(), t.carePlanId(), t.caseConferenceId(), t.title(), t.assignee(),
                    t.dueDate(), t.status().code(), t.isOverdue(today), t.createdBy(), t.createdAt(), t.doneBy(),
                    t.doneAt(), t.version());
        }
    }

    @Inject
    private CarePlans plans;

    @Inject
    private CarePlanGoals goals;

    @Inject
    private CarePlanModalities modalities;

    @Inject
    private TeamTasks tasks;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uriInfo;

    // --- plans -------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Physician: create a care plan: title, problems (list of text), status (draft or active;"
            + " draft by default). One plan of a patient is active at a time")
    public Response create(@PathParam("patientId") long patientId,
                           @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanCreateBody.class)))
                           String body) {
        JsonBody json = JsonBody.of(body);
        CarePlans.Entry entry = new CarePlans.Entry(json.text("title"),
                json.strings("problems"), json.text("status"));
        json.done();
        CarePlan plan = plans.create(patientId, entry);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(plan.id())).build())
                .tag(etag(plan.version()))
                .entity(PlanView.of(plan, List.of(), List.of(), List.of()))
                .build();
    }

    @GET
    @Operation(summary = "The patient's care plans, newest first, without goals, modalities and tasks")
    public List<PlanSummaryView> list(@PathParam("patientId") long patientId) {
        return plans.list(patientId).stream().map(PlanSummaryView::of).toList();
    }

    @GET
    @Path("{planId: [0-9]+}")
    @Operation(summary = "A care plan with goals, modalities and (for the care team) tasks; ETag is its version")
    public Response read(@PathParam("patientId") long patientId, @PathParam("planId") long planId) {
        CarePlans.Detail d = plans.detail(patientId, planId);
        LocalDate today = LocalDate.now(clock);
        List<GoalView> goalViews = d.goals().stream()
                .map(g -> GoalView.of(g, d.progress().getOrDefault(g.id(), List.of()))).toList();
        List<TaskView> taskViews = d.tasks() == null ? null
                : d.tasks().stream().map(t -> TaskView.of(t, today)).toList();
        return Response.ok(PlanView.of(d.plan(), goalViews, d.modalities().stream().map(ModalityView::of).toList(),
                taskViews)).tag(etag(d.plan().version())).build();
    }

    @PUT
    @Path("{planId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Physician: change title, problems or status (active, completed, discontinued); fields left"
            + " out stay as they are; If-Match with the plan's version")
    public Response revise(@PathParam("patientId") long patientId, @PathParam("planId") long planId,
                           @HeaderParam("If-Match") String ifMatch,
                           @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanReviseBody.class)))
                           String body) {
        Long version = version(ifMatch);
        if (version == null) {
            return preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        CarePlans.Entry entry = new CarePlans.Entry(json.text("title"),
                json.has("problems") ? json.strings("problems") : null,
                json.text("status"));
        json.done();
        CarePlan plan = plans.revise(patientId, planId, version, entry);
        return Response.ok(PlanSummaryView.of(plan)).tag(etag(plan.version())).build();
    }

    // --- goals -------------------------------------------------------------------------------

    @GET
    @Path("{planId: [0-9]+}/goals")
    @Operation(summary = "The plan's goals with their progress notes")
    public List<GoalView> goals(@PathParam("patientId") long patientId, @PathParam("planId") long planId) {
        return goals.list(patientId, planId).stream().map(g -> GoalView.of(g.goal(), g.progress())).toList();
    }

    @POST
    @Path("{planId: [0-9]+}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Physician, physiotherapist or psychologist: add a SMART goal: description, measure,"
            + " targetValue, targetDate, status (not-started by default)")
    public Response addGoal(@PathParam("patientId") long patientId, @PathParam("planId") long planId,
                @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanAddGoalBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        CarePlanGoals.Entry entry = new CarePlanGoals.Entry(json.text("description"),
                json.text("measure"), json.text("targetValue"),
                json.text("targetDate"), json.text("status"));
        json.done();
        CarePlanGoal goal = goals.add(patientId, planId, entry);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(goal.id())).build())
                .tag(etag(goal.version())).entity(GoalView.of(goal, List.of())).build();
    }

    @PUT
    @Path("{planId: [0-9]+}/goals/{goalId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Physician, physiotherapist or psychologist: change status (in-progress, achieved,"
            + " not-achieved), targets, or add a progressNote (with progressDate); If-Match with the goal's version")
    public Response updateGoal(@PathParam("patientId") long patientId, @PathParam("planId") long planId,
                               @PathParam("goalId") long goalId, @HeaderParam("If-Match") String ifMatch,
                @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanUpdateGoalBody.class)))
                String body) {
        Long version = version(ifMatch);
        if (version == null) {
            return preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        CarePlanGoals.Change change = new CarePlanGoals.Change(json.text("description"),
                json.text("measure"), json.text("targetValue"),
                json.text("targetDate"), json.text("status"),
                json.text("progressNote"), json.text("progressDate"));
        json.done();
        CarePlanGoals.GoalWithProgress updated = goals.update(patientId, planId, goalId, version, change);
        return Response.ok(GoalView.of(updated.goal(), updated.progress())).tag(etag(updated.goal().version()))
                .build();
    }

    // --- modalities --------------------------------------------------------------------------

    @GET
    @Path("{planId: [0-9]+}/modalities")
    @Operation(summary = "The plan's modalities by discipline")
    public List<ModalityView> modalities(@PathParam("patientId") long patientId, @PathParam("planId") long planId) {
        return modalities.list(patientId, planId).stream().map(ModalityView::of).toList();
    }

    @POST
    @Path("{planId: [0-9]+}/modalities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a modality: discipline (PHYSIOTHERAPY, CBT, ACUPUNCTURE, MASSAGE, PHARMACOTHERAPY,"
            + " EDUCATION, INTERVENTIONAL, OTHER), details, frequency, responsible (a care-team member), status."
            + " Physiotherapists add PHYSIOTHERAPY, psychologists CBT, physicians and nurses any")
    public Response addModality(@PathParam("patientId") long patientId, @PathParam("planId") long planId,

                @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanAddModalityBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        CarePlanModalities.Entry entry = new CarePlanModalities.Entry(json.text("discipline"),
                json.text("details"), json.text("frequency"),
                json.text("responsible"), json.text("status"));
        json.done();
        CarePlanModality modality = modalities.add(patientId, planId, entry);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(modality.id())).build())
                .tag(etag(modality.version())).entity(ModalityView.of(modality)).build();
    }

    @PUT
    @Path("{planId: [0-9]+}/modalities/{modalityId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a modality's details, frequency, responsible or status (planned, active, on-hold,"
            + " completed, stopped); If-Match with the modality's version")
    public Response updateModality(@PathParam("patientId") long patientId, @PathParam("planId") long planId,
                                   @PathParam("modalityId") long modalityId, @HeaderParam("If-Match") String ifMatch,

                @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanUpdateModalityBody.class)))
                String body) {
        Long version = version(ifMatch);
        if (version == null) {
            return preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        CarePlanModalities.Change change = new CarePlanModalities.Change(json.text("details"),
                json.text("frequency"), json.text("responsible"),
                json.text("status"));
        json.done();
        CarePlanModality modality = modalities.update(patientId, planId, modalityId, version, change);
        return Response.ok(ModalityView.of(modality)).tag(etag(modality.version())).build();
    }

    // --- tasks -------------------------------------------------------------------------------

    @GET
    @Path("{planId: [0-9]+}/tasks")
    @Operation(summary = "The plan's team tasks, open first, earliest due first")
    public List<TaskView> tasks(@PathParam("patientId") long patientId, @PathParam("planId") long planId) {
        LocalDate today = LocalDate.now(clock);
        return tasks.list(patientId, planId).stream().map(t -> TaskView.of(t, today)).toList();
    }

    @POST
    @Path("{planId: [0-9]+}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Any clinician on the team: add a task: title, assignee (a care-team member), dueDate")
    public Response addTask(@PathParam("patientId") long patientId, @PathParam("planId") long planId,
                @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanAddTaskBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        TaskInput.Entry entry = taskEntry(json);
        json.done();
        CarePlanTask task = tasks.add(patientId, planId, entry);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(task.id())).build())
                .tag(etag(task.version())).entity(TaskView.of(task, LocalDate.now(clock))).build();
    }

    @PUT
    @Path("{planId: [0-9]+}/tasks/{taskId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a task done or open: { \"status\": \"done\" }; If-Match with the task's version")
    public Response changeTask(@PathParam("patientId") long patientId, @PathParam("planId") long planId,
                               @PathParam("taskId") long taskId, @HeaderParam("If-Match") String ifMatch,
                @RequestBody(content = @Content(schema = @Schema(implementation = CarePlanChangeTaskBody.class)))
                String body) {
        Long version = version(ifMatch);
        if (version == null) {
            return preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        String status = json.text("status");
        json.done();
        CarePlanTask task = tasks.changeStatus(patientId, planId, taskId, version, status);
        return Response.ok(TaskView.of(task, LocalDate.now(clock))).tag(etag(task.version())).build();
    }

    // --- shared with the other care-plan resources ---------------------------------------------

    /** A task as entered: title, assignee, dueDate. */
    static TaskInput.Entry taskEntry(JsonBody json) {
        return new TaskInput.Entry(json.text("title"), json.text("assignee"), json.text("dueDate"));
    }

    static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version named in If-Match, or null when the header is missing or names none. */
    static Long version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch);
    }

    static Response preconditionRequired() {
        return Problem.of(428, "Precondition Required",
                "Send If-Match with the ETag of the version you read, so a concurrent change is not overwritten.")
                .toResponse();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanCreateBody(String title, List<String> problems, String status) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanReviseBody(String title, List<String> problems, String status) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanAddGoalBody(String description, String measure, String targetValue, String targetDate,
                                      String status) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanUpdateGoalBody(String description, String measure, String targetValue, String targetDate,
                                         String status, String progressNote, String progressDate) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanAddModalityBody(String discipline, String details, String frequency, String responsible,
                                          String status) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanUpdateModalityBody(String details, String frequency, String responsible, String status) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanAddTaskBody(String title, String assignee, String dueDate) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record CarePlanChangeTaskBody(String status) {
    }
}
