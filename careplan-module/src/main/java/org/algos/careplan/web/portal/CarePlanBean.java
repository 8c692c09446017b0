package org.algos.careplan.web.portal;

import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanGoals;
import org.algos.careplan.plan.CarePlanModalities;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.GoalStatus;
import org.algos.careplan.plan.ModalityPermissions;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.careplan.plan.TaskInput;
import org.algos.careplan.plan.TaskStatus;
import org.algos.careplan.plan.TeamTasks;
import org.algos.domain.port.ProblemList;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.user.Role;

/**
 * The care-plan editor: a plan's title, status and problems (linked to the patient's diagnoses),
 * SMART goals with progress notes, modalities by discipline and team tasks. The page offers each
 * user the parts their role may change (the physician the plan itself, each discipline its own
 * modalities); the services enforce the same. A change that meets someone else's newer save is
 * refused with a message, and what the user typed stays in the form until they reload.
 */
@Named
@ViewScoped
public class CarePlanBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PLAN_LABELS = Map.of("title", "Title", "status", "Status",
            "problems", "Problems");
    private static final Map<String, String> GOAL_LABELS = Map.of("description", "Goal", "measure", "Measure",
            "targetValue", "Target value", "targetDate", "Target date", "status", "Goal status",
            "progressNote", "Progress note", "body", "Goal");
    private static final Map<String, String> MODALITY_LABELS = Map.of("discipline", "Discipline",
            "details", "Details", "frequency", "Frequency", "responsible", "Responsible clinician",
            "status", "Modality status", "body", "Modality");
    private static final Map<String, String> TASK_LABELS = Map.of("title", "Task", "assignee", "Assigned to",
            "dueDate", "Due date", "status", "Task status");

    /** A goal with the status change and progress note being entered for it. */
    public static final class GoalRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final long version;
        private final String description;
        private final String measure;
        private final String targetValue;
        private final String targetDate;
        private final GoalStatus current;
        private final String status;
        private final List<String> progress;
        private String newStatus;
        private String note;

        GoalRow(CarePlanGoal g, List<GoalProgressNote> notes) {
            id = g.id();
            version = g.version();
            description = g.description();
            measure = g.measure();
            targetValue = g.targetValue();
            targetDate = Shown.date(g.targetDate());
            current = g.status();
            status = current.code();
            progress = notes.stream().map(n -> Shown.date(n.notedOn()) + " · " + n.note() + " (" + n.author() + ")")
                    .toList();
            newStatus = status;
        }

        /** The statuses this goal may move to, its own first. */
        public List<String> getStatusChoices() {
            return Arrays.stream(GoalStatus.values()).filter(current::canBecome).map(GoalStatus::code).toList();
        }

        public long getId() {
            return id;
        }

        public String getDescription() {
            return description;
        }

        public String getMeasure() {
            return measure;
        }

        public String getTargetValue() {
            return targetValue;
        }

        public String getTargetDate() {
            return targetDate;
        }

        public String getStatus() {
            return status;
        }

        public List<String> getProgress() {
            return progress;
        }

        public String getNewStatus() {
            return newStatus;
        }

        public void setNewStatus(String newStatus) {
            this.newStatus = newStatus;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** A modality with the changes being entered for it; {@code editable} when the user's discipline may change it. */
    public static final class ModalityRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final long version;
        private final String discipline;
        private final String details;
        private final String frequency;
        private final String responsible;
        private final String status;
        private final boolean editable;
        private String newFrequency;
        private String newResponsible;
        private String newStatus;

        ModalityRow(CarePlanModality m, boolean editable) {
            id = m.id();
            version = m.version();
            discipline = m.discipline().name();
            details = m.details() == null ? "" : m.details();
            frequency = m.frequency();
            responsible = m.responsible();
            status = m.status().code();
            this.editable = editable;
            newFrequency = frequency;
            newResponsible = responsible;
            newStatus = status;
        }

        public long getId() {
            return id;
        }

        public String getDiscipline() {
            return discipline;
        }

        public String getDetails() {
            return details;
        }

        public String getFrequency() {
            return frequency;
        }

        public String getResponsible() {
            return responsible;
        }

        public String getStatus() {
            return status;
        }

        public boolean isEditable() {
            return editable;
        }

        public String getNewFrequency() {
            return newFrequency;
        }

        public void setNewFrequency(String newFrequency) {
            this.newFrequency = newFrequency;
        }

        public String getNewResponsible() {
            return newResponsible;
        }

        public void setNewResponsible(String newResponsible) {
            this.newResponsible = newResponsible;
        }

        public String getNewStatus() {
            return newStatus;
        }

        public void setNewStatus(String newStatus) {
            this.newStatus = newStatus;
        }
    }

    /** A team task as a row. */
    public record TaskRow(long id, long version, String title, String assignee, String dueDate, String status,
                          boolean overdue, String doneBy, boolean fromConference) implements Serializable {
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ProblemList problemList;

    @Inject
    private CarePlans carePlans;

    @Inject
    private CarePlanGoals goals;

    @Inject
    private CarePlanModalities modalities;

    @Inject
    private TeamTasks tasks;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private Long patientId;
    private Long planId;
    private String patientName;
    private boolean ready;
    private List<TeamMemberChoice> team = List.of();
    private List<String> diagnosisProblems = List.of();
    private List<CarePlansSectionBean.Row> plans = List.of();

    private CarePlanStatus planStatusRead;
    private long planVersion;
    private String owner;
    private String updated;
    private String savedTitle;
    private List<String> savedProblems = List.of();
    private String title;
    private String status;
    private List<String> linkedProblems = new ArrayList<>();
    private String otherProblems;

    private List<GoalRow> goalRows = List.of();
    private List<ModalityRow> modalityRows = List.of();
    private List<TaskRow> taskRows = List.of();

    private String goalDescription;
    private String goalMeasure;
    private String goalTarget;
    private LocalDate goalTargetDate;
    private String goalStatus;

    private String modalityDiscipline;
    private String modalityDetails;
    private String modalityFrequency;
    private String modalityResponsible;
    private String modalityStatus;

    private String taskTitle;
    private String taskAssignee;
    private LocalDate taskDue;

    @Transactional
    public void load() {
        if (patientId == null) {
            Messages.error("No patient was chosen.");
            return;
        }
        if (!user.isClinician()) {
            Messages.error("The care-plan editor is for the care team.");
            return;
        }
        ready = ChartSection.attempt(() -> {
            PatientRegistry.Opened opened = patients.open(patientId);
            patientName = PatientRow.of(opened.patient()).name();
            team = careTeam.members(patientId).stream().map(TeamMemberChoice::of).toList();
            diagnosisProblems = problemList.problemsOf(opened.access()).stream()
                    .map(d -> PlanProblems.ofDiagnosis(d.code(), d.title())).distinct().toList();
            if (planId == null) {
                plans = carePlans.list(patientId).stream().map(CarePlansSectionBean.Row::of).toList();
                status = CarePlanStatus.DRAFT.code();
            } else {
                readPlan();
            }
        });
    }

    /** Reads the plan with all its parts and puts them in the forms, discarding what was typed. */
    private void readPlan() {
        CarePlans.Detail detail = carePlans.detail(patientId, planId);
        CarePlan plan = detail.plan();
        planVersion = plan.version();
        planStatusRead = plan.status();
        owner = plan.owner();
        updated = Shown.dateTime(plan.updatedAt()) + " by " + plan.updatedBy();
        title = plan.title();
        savedTitle = plan.title();
        savedProblems = plan.problems();
        status = plan.status().code();
        PlanProblems.Split split = PlanProblems.split(plan.problems(), Set.copyOf(diagnosisProblems));
        linkedProblems = new ArrayList<>(split.linked());
        otherProblems = split.others();
        goalRows = detail.goals().stream()
                .map(g -> new GoalRow(g, detail.progress().getOrDefault(g.id(), List.of()))).toList();
        Role role = user.getRoleValue();
        boolean open = plan.status().isOpen();
        modalityRows = detail.modalities().stream()
                .map(m -> new ModalityRow(m, open && ModalityPermissions.mayEdit(role, m.discipline()))).toList();
        LocalDate today = LocalDate.now(clock);
        taskRows = detail.tasks() == null ? List.of() : detail.tasks().stream().map(t -> task(t, today)).toList();
    }

    private static TaskRow task(CarePlanTask t, LocalDate today) {
        return new TaskRow(t.id(), t.version(), t.title(), t.assignee(), Shown.date(t.dueDate()), t.status().code(),
                t.isOverdue(today), t.doneBy() == null ? "" : t.doneBy() + " " + Shown.dateTime(t.doneAt()),
                t.caseConferenceId() != null);
    }

    /** Reloads the plan as saved, discarding unsaved input (after a conflict). */
    public void reload() {
        if (ChartSection.attempt(this::readPlan)) {
            Messages.info("Reloaded the care plan as it was last saved.");
        }
    }

    /** Creates the plan (then opens it) or saves the changed title, status and problems. */
    public String savePlan() {
        List<String> problems = PlanProblems.join(linkedProblems, otherProblems);
        if (planId == null) {
            CarePlan[] created = new CarePlan[1];
            boolean ok = ChartSection.attempt(() -> created[0] = carePlans.create(patientId,
                    new CarePlans.Entry(title, problems, status)), PLAN_LABELS);
            if (!ok) {
                return null;
            }
            Messages.infoAfterRedirect("Care plan \"" + created[0].title() + "\" created as " + created[0].status().code()
                    + ".");
            return "/app/careplan?faces-redirect=true&patient=" + patientId + "&plan=" + created[0].id();
        }
        String newStatus = status == null || status.equals(planStatusRead.code()) ? null : status;
        boolean ok = ChartSection.attempt(() -> carePlans.revise(patientId, planId, planVersion,
                new CarePlans.Entry(title, problems, newStatus)), PLAN_LABELS);
        if (ok) {
            Messages.info("Care plan saved.");
            ChartSection.attempt(this::readPlan);
        }
        return null;
    }

    public void addGoal() {
        boolean ok = ChartSection.attempt(() -> goals.add(patientId, planId, new CarePlanGoals.Entry(goalDescription,
                goalMeasure, goalTarget, goalTargetDate == null ? null : goalTargetDate.toString(), goalStatus)),
                GOAL_LABELS);
        if (ok) {
            Messages.info("Goal added: " + goalDescription.strip());
            goalDescription = null;
            goalMeasure = null;
            goalTarget = null;
            goalTargetDate = null;
            goalStatus = null;
            ChartSection.attempt(this::readPlan);
        }
    }

    /** Saves a goal's new status and progress note; a conflict leaves both in the row. */
    public void updateGoal(GoalRow row) {
        String newStatus = row.getNewStatus() == null || row.getNewStatus().equals(row.getStatus()) ? null
                : row.getNewStatus();
        String note = row.getNote() == null || row.getNote().isBlank() ? null : row.getNote();
        if (newStatus == null && note == null) {
            Messages.error("Goal: choose a new status or write a progress note.");
            return;
        }
        boolean ok = ChartSection.attempt(() -> goals.update(patientId, planId, row.id, row.version,
                new CarePlanGoals.Change(null, null, null, null, newStatus, note, null)), GOAL_LABELS);
        if (ok) {
            Messages.info("Goal updated: " + row.getDescription());
            ChartSection.attempt(this::readPlan);
        }
    }

    public void addModality() {
        boolean ok = ChartSection.attempt(() -> modalities.add(patientId, planId, new CarePlanModalities.Entry(
                modalityDiscipline, modalityDetails, modalityFrequency, modalityResponsible, modalityStatus)),
                MODALITY_LABELS);
        if (ok) {
            Messages.info(modalityDiscipline + " modality added.");
            modalityDiscipline = null;
            modalityDetails = null;
            modalityFrequency = null;
            modalityResponsible = null;
            modalityStatus = null;
            ChartSection.attempt(this::readPlan);
        }
    }

    /** Saves what changed of a modality's frequency, responsible clinician and status. */
    public void updateModality(ModalityRow row) {
        String frequency = changed(row.getNewFrequency(), row.getFrequency());
        String responsible = changed(row.getNewResponsible(), row.getResponsible());
        String newStatus = changed(row.getNewStatus(), row.getStatus());
        if (frequency == null && responsible == null && newStatus == null) {
            Messages.error("Modality: nothing was changed.");
            return;
        }
        boolean ok = ChartSection.attempt(() -> modalities.update(patientId, planId, row.id, row.version,
                new CarePlanModalities.Change(null, frequency, responsible, newStatus)), MODALITY_LABELS);
        if (ok) {
            Messages.info(row.getDiscipline() + " modality updated.");
            ChartSection.attempt(this::readPlan);
        }
    }

    private static String changed(String entered, String read) {
        return entered == null || entered.equals(read) ? null : entered;
    }

    public void addTask() {
        boolean ok = ChartSection.attempt(() -> tasks.add(patientId, planId, new TaskInput.Entry(taskTitle,
                taskAssignee, taskDue == null ? null : taskDue.toString())), TASK_LABELS);
        if (ok) {
            Messages.info("Task for " + taskAssignee + " added: " + taskTitle.strip());
            taskTitle = null;
            taskAssignee = null;
            taskDue = null;
            ChartSection.attempt(this::readPlan);
        }
    }

    /** Marks an open task done, or a done task open again. */
    public void toggleTask(TaskRow row) {
        String next = TaskStatus.OPEN.code().equals(row.status()) ? TaskStatus.DONE.code() : TaskStatus.OPEN.code();
        boolean ok = ChartSection.attempt(() -> tasks.changeStatus(patientId, planId, row.id(), row.version(), next),
                TASK_LABELS);
        if (ok) {
            Messages.info("Task \"" + row.title() + "\" is " + next + ".");
            ChartSection.attempt(this::readPlan);
        }
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isEditing() {
        return ready && planId != null;
    }

    public boolean isOpen() {
        return planStatusRead == null || planStatusRead.isOpen();
    }

    /** The physician owns the plan: only a physician creates it and changes title, status and problems. */
    public boolean isMayEditPlan() {
        return user.isPhysician() && isOpen();
    }

    /** Physicians, physiotherapists and psychologists set goals and note their progress. */
    public boolean isMayEditGoals() {
        Role role = user.getRoleValue();
        return isOpen() && (role == Role.PHYSICIAN || role == Role.PHYSIOTHERAPIST || role == Role.PSYCHOLOGIST);
    }

    /** The disciplines whose modalities the user may add; empty when none. */
    public List<String> getDisciplineChoices() {
        if (!isOpen()) {
            return List.of();
        }
        Set<Discipline> own = ModalityPermissions.editableBy(user.getRoleValue());
        return Arrays.stream(Discipline.values()).filter(own::contains).map(Discipline::name).toList();
    }

    public boolean isMayAddTasks() {
        return isOpen() && user.isClinician();
    }

    /** For a new plan: draft or active; for a saved one: the statuses it may move to, its own first. */
    public List<String> getStatusChoices() {
        if (planStatusRead == null) {
            return CarePlanStatus.initial().stream().sorted().map(CarePlanStatus::code).toList();
        }
        Set<String> choices = new LinkedHashSet<>();
        choices.add(planStatusRead.code());
        Arrays.stream(CarePlanStatus.values()).filter(planStatusRead::canBecome).map(CarePlanStatus::code)
                .forEach(choices::add);
        return List.copyOf(choices);
    }

    public List<String> getGoalStatuses() {
        return Arrays.stream(GoalStatus.values()).map(GoalStatus::code).toList();
    }

    public List<String> getModalityStatuses() {
        return Arrays.stream(ModalityStatus.values()).map(ModalityStatus::code).toList();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getProblemsText() {
        return String.join("; ", savedProblems);
    }

    public String getSavedTitle() {
        return savedTitle;
    }

    public String getOpenTaskCount() {
        long open = taskRows.stream().filter(t -> TaskStatus.OPEN.code().equals(t.status())).count();
        return open + " open of " + taskRows.size();
    }

    public String getTeamNames() {
        return team.stream().map(TeamMemberChoice::label).collect(Collectors.joining(", "));
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public String getPatientName() {
        return patientName;
    }

    public List<TeamMemberChoice> getTeam() {
        return team;
    }

    public List<String> getDiagnosisProblems() {
        return diagnosisProblems;
    }

    public List<CarePlansSectionBean.Row> getPlans() {
        return plans;
    }

    public String getPlanStatus() {
        return planStatusRead == null ? "" : planStatusRead.code();
    }

    public String getOwner() {
        return owner;
    }

    public String getUpdated() {
        return updated;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getLinkedProblems() {
        return linkedProblems;
    }

    public void setLinkedProblems(List<String> linkedProblems) {
        this.linkedProblems = linkedProblems;
    }

    public String getOtherProblems() {
        return otherProblems;
    }

    public void setOtherProblems(String otherProblems) {
        this.otherProblems = otherProblems;
    }

    public List<GoalRow> getGoalRows() {
        return goalRows;
    }

    public List<ModalityRow> getModalityRows() {
        return modalityRows;
    }

    public List<TaskRow> getTaskRows() {
        return taskRows;
    }

    public String getGoalDescription() {
        return goalDescription;
    }

    public void setGoalDescription(String goalDescription) {
        this.goalDescription = goalDescription;
    }

    public String getGoalMeasure() {
        return goalMeasure;
    }

    public void setGoalMeasure(String goalMeasure) {
        this.goalMeasure = goalMeasure;
    }

    public String getGoalTarget() {
        return goalTarget;
    }

    public void setGoalTarget(String goalTarget) {
        this.goalTarget = goalTarget;
    }

    public LocalDate getGoalTargetDate() {
        return goalTargetDate;
    }

    public void setGoalTargetDate(LocalDate goalTargetDate) {
        this.goalTargetDate = goalTargetDate;
    }

    public String getGoalStatus() {
        return goalStatus;
    }

    public void setGoalStatus(String goalStatus) {
        this.goalStatus = goalStatus;
    }

    public String getModalityDiscipline() {
        return modalityDiscipline;
    }

    public void setModalityDiscipline(String modalityDiscipline) {
        this.modalityDiscipline = modalityDiscipline;
    }

    public String getModalityDetails() {
        return modalityDetails;
    }

    public void setModalityDetails(String modalityDetails) {
        this.modalityDetails = modalityDetails;
    }

    public String getModalityFrequency() {
        return modalityFrequency;
    }

    public void setModalityFrequency(String modalityFrequency) {
        this.modalityFrequency = modalityFrequency;
    }

    public String getModalityResponsible() {
        return modalityResponsible;
    }

    public void setModalityResponsible(String modalityResponsible) {
        this.modalityResponsible = modalityResponsible;
    }

    public String getModalityStatus() {
        return modalityStatus;
    }

    public void setModalityStatus(String modalityStatus) {
        this.modalityStatus = modalityStatus;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public String getTaskAssignee() {
        return taskAssignee;
    }

    public void setTaskAssignee(String taskAssignee) {
        this.taskAssignee = taskAssignee;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }
}
