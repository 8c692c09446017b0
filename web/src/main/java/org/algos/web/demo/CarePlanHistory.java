package org.algos.web.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.conference.CaseConference;
import org.algos.careplan.conference.CaseConferenceInput;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.GoalStatus;
import org.algos.careplan.plan.ModalityPermissions;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.careplan.plan.TaskStatus;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Role;
import org.algos.web.demo.DemoWriter.Stage;

/**
 * The demo patients' care plans: one active plan each, owned by the physician, with SMART goals and
 * their progress notes, modalities by discipline (edited by whom the modality rules allow), team
 * tasks for the members of the care team, and a case conference with the tasks it decided on.
 */
final class CarePlanHistory {

    private static final String OWNER = "dr.lee";

    private final DemoWriter w;

    CarePlanHistory(DemoWriter w) {
        this.w = w;
    }

    /** The patient's active plan, created by the physician on {@code createdAt}. */
    CarePlan plan(Patient patient, String title, List<String> problems, LocalDateTime createdAt) {
        return w.add(Stage.RECORD, new CarePlan(w.id(CarePlan.class), patient.id(), title, problems,
                CarePlanStatus.ACTIVE, OWNER, createdAt));
    }

    /** A goal set when the plan was made, still being worked on. */
    CarePlanGoal goal(CarePlan plan, String description, String measure, String target, LocalDate targetDate) {
        return w.add(Stage.DETAIL, new CarePlanGoal(w.id(CarePlanGoal.class), plan, description, measure, target,
                targetDate, GoalStatus.IN_PROGRESS, OWNER, plan.createdAt()));
    }

    /** The goal reviewed against its target as reached. */
    void achieved(CarePlanGoal goal, LocalDateTime at) {
        goal.revise(null, null, null, null, GoalStatus.ACHIEVED, at);
    }

    /** A dated note on the goal's progress by the clinician who saw it. */
    GoalProgressNote progress(CarePlanGoal goal, LocalDate on, String note, String author) {
        requireClinician(author);
        return w.add(Stage.NOTE, new GoalProgressNote(goal, on, note, author, w.at(on, 17, 0)));
    }

    /** A modality, written by {@code by} (who must edit its discipline) and run by {@code responsible}. */
    CarePlanModality modality(CarePlan plan, Discipline discipline, String details, String frequency,
                              String responsible, ModalityStatus status, String by, LocalDateTime at) {
        Role role = DemoWriter.roleOf(by);
        if (!ModalityPermissions.mayEdit(role, discipline)) {
            throw new IllegalStateException(ModalityPermissions.refusal(role, discipline));
        }
        requireClinician(responsible);
        return w.add(Stage.DETAIL, new CarePlanModality(w.id(CarePlanModality.class), plan, discipline, details,
                frequency, responsible, status, by, at));
    }

    /** A team task still open. */
    CarePlanTask task(CarePlan plan, String title, String assignee, LocalDate due, String by, LocalDateTime at) {
        return task(plan, null, title, assignee, due, by, at);
    }

    /** A team task its assignee marked done. */
    CarePlanTask done(CarePlan plan, String title, String assignee, LocalDate due, String by, LocalDateTime at,
                      LocalDateTime doneAt) {
        CarePlanTask task = task(plan, null, title, assignee, due, by, at);
        task.changeStatus(TaskStatus.DONE, assignee, doneAt);
        return task;
    }

    private CarePlanTask task(CarePlan plan, Long conferenceId, String title, String assignee, LocalDate due, String by,
                              LocalDateTime at) {
        requireClinician(assignee);
        requireClinician(by);
        return w.add(Stage.NOTE, new CarePlanTask(w.id(CarePlanTask.class), plan, conferenceId, title, assignee, due,
                by, at));
    }

    /** A task a conference decided on. */
    record Decided(String title, String assignee, LocalDate due, LocalDateTime doneAt) {
    }

    /**
     * A case conference on the plan: who attended, each discipline's input, the decisions, and the
     * tasks it put on the plan (done where {@code doneAt} is given).
     */
    CaseConference conference(CarePlan plan, LocalDate heldOn, List<String> attendees, Map<Role, String> inputs,
                              String decisions, List<Decided> tasks) {
        attendees.forEach(CarePlanHistory::requireClinician);
        LocalDateTime recordedAt = w.at(heldOn, 16, 30);
        CaseConference conference = w.add(Stage.DETAIL, new CaseConference(w.id(CaseConference.class),
                plan.patientId(), plan.id(), heldOn, attendees, decisions, OWNER, recordedAt));
        // in discipline order, so that every start stores the inputs alike
        new EnumMap<>(inputs).forEach((discipline, text) -> w.add(Stage.NOTE,
                new CaseConferenceInput(conference, discipline, text)));
        for (Decided decided : tasks) {
            CarePlanTask task = task(plan, conference.id(), decided.title(), decided.assignee(), decided.due(), OWNER,
                    recordedAt);
            if (decided.doneAt() != null) {
                task.changeStatus(TaskStatus.DONE, decided.assignee(), decided.doneAt());
            }
        }
        return conference;
    }

    private static void requireClinician(String username) {
        if (!DemoWriter.roleOf(username).isClinician()) {
            throw new IllegalStateException(username + " is not a clinician on the care team");
        }
    }
}
