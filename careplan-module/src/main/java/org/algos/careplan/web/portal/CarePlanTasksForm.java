package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.TaskInput;
import org.algos.careplan.plan.TaskStatus;
import org.algos.careplan.plan.TeamTasks;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/**
 * The care-plan editor's team tasks: the plan's tasks (some from case conferences), marking one
 * done or open again, and a new task for a team member. {@link CarePlanBean} reads the plan and
 * hands the tasks over; after a change the whole plan is read again.
 */
@Named
@ViewScoped
public class CarePlanTasksForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TASK_LABELS = Map.of("title", "Task", "assignee", "Assigned to",
            "dueDate", "Due date", "status", "Task status");

    /** A team task as a row; {@code version} as read, for the status change. */
    public record TaskRow(long id, long version, String title, String assignee, String dueDate, String status,
                          boolean overdue, String doneBy, boolean fromConference) implements Serializable {

        static TaskRow of(CarePlanTask t, LocalDate today) {
            return new TaskRow(t.id(), t.version(), t.title(), t.assignee(), Shown.date(t.dueDate()),
                    t.status().code(), t.isOverdue(today),
                    t.doneBy() == null ? "" : t.doneBy() + " " + Shown.dateTime(t.doneAt()),
                    t.caseConferenceId() != null);
        }
    }

    @Inject
    private CarePlanBean plan;

    @Inject
    private TeamTasks tasks;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private List<TaskRow> taskRows = List.of();

    private String taskTitle;
    private String taskAssignee;
    private LocalDate taskDue;

    /** The tasks as read with the plan (none when the plan has none). */
    public void show(List<CarePlanTask> read) {
        LocalDate today = LocalDate.now(clock);
        taskRows = read == null ? List.of() : read.stream().map(t -> TaskRow.of(t, today)).toList();
    }

    public void addTask() {
        boolean ok = ChartSection.attempt(() -> tasks.add(plan.getPatientId(), plan.getPlanId(), new TaskInput.Entry(
                taskTitle, taskAssignee, taskDue == null ? null : taskDue.toString())), TASK_LABELS);
        if (ok) {
            Messages.info("Task for " + taskAssignee + " added: " + taskTitle.strip());
            taskTitle = null;
            taskAssignee = null;
            taskDue = null;
            plan.readPlanAgain();
        }
    }

    /** Marks an open task done, or a done task open again. */
    public void toggleTask(TaskRow row) {
        String next = TaskStatus.OPEN.code().equals(row.status()) ? TaskStatus.DONE.code() : TaskStatus.OPEN.code();
        boolean ok = ChartSection.attempt(() -> tasks.changeStatus(plan.getPatientId(), plan.getPlanId(), row.id(),
                row.version(), next), TASK_LABELS);
        if (ok) {
            Messages.info("Task \"" + row.title() + "\" is " + next + ".");
            plan.readPlanAgain();
        }
    }

    public boolean isMayAddTasks() {
        return plan.isOpen() && user.isClinician();
    }

    public String getOpenTaskCount() {
        long open = taskRows.stream().filter(t -> TaskStatus.OPEN.code().equals(t.status())).count();
        return open + " open of " + taskRows.size();
    }

    public List<TaskRow> getTaskRows() {
        return taskRows;
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
