package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanGoals;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.GoalStatus;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;

/**
 * The care-plan editor's goals form: the SMART goals with their progress notes, a review (status
 * and note) per goal and a new goal. {@link CarePlanBean} reads the plan and hands the goals over;
 * after a save the whole plan is read again, after a refused one the rows keep what was typed.
 */
@Named
@ViewScoped
public class CarePlanGoalsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> GOAL_LABELS = Map.of("description", "Goal", "measure", "Measure",
            "targetValue", "Target value", "targetDate", "Target date", "status", "Goal status",
            "progressNote", "Progress note", "body", "Goal");

    @Inject
    private CarePlanBean plan;

    @Inject
    private CarePlanGoals goals;

    @Inject
    private PortalUser user;

    private List<GoalRow> goalRows = List.of();

    private String goalDescription;
    private String goalMeasure;
    private String goalTarget;
    private LocalDate goalTargetDate;
    private String goalStatus;

    /** The goals as read with the plan, replacing the rows and what was typed in them. */
    public void show(List<CarePlanGoal> read, Map<Long, List<GoalProgressNote>> progress) {
        goalRows = read.stream().map(g -> new GoalRow(g, progress.getOrDefault(g.id(), List.of()))).toList();
    }

    public void addGoal() {
        boolean ok = ChartSection.attempt(() -> goals.add(plan.getPatientId(), plan.getPlanId(),
                new CarePlanGoals.Entry(goalDescription, goalMeasure, goalTarget,
                        goalTargetDate == null ? null : goalTargetDate.toString(), goalStatus)), GOAL_LABELS);
        if (ok) {
            Messages.info("Goal added: " + goalDescription.strip());
            goalDescription = null;
            goalMeasure = null;
            goalTarget = null;
            goalTargetDate = null;
            goalStatus = null;
            plan.readPlanAgain();
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
        boolean ok = ChartSection.attempt(() -> goals.update(plan.getPatientId(), plan.getPlanId(), row.getId(),
                row.version(), new CarePlanGoals.Change(null, null, null, null, newStatus, note, null)), GOAL_LABELS);
        if (ok) {
            Messages.info("Goal updated: " + row.getDescription());
            plan.readPlanAgain();
        }
    }

    /** Physicians, physiotherapists and psychologists set goals and note their progress. */
    public boolean isMayEditGoals() {
        Role role = user.getRoleValue();
        return plan.isOpen() && (role == Role.PHYSICIAN || role == Role.PHYSIOTHERAPIST || role == Role.PSYCHOLOGIST);
    }

    public List<String> getGoalStatuses() {
        return Arrays.stream(GoalStatus.values()).map(GoalStatus::code).toList();
    }

    public List<GoalRow> getGoalRows() {
        return goalRows;
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
}
