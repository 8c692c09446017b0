package org.algos.careplan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Role;

/**
 * SMART goals of a care plan and their progress. Physicians, physiotherapists and psychologists set
 * and review goals; the care team and the patient read them.
 */
@Stateless
public class CarePlanGoals {

    static final int MAX_NOTE = 2000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** A new goal as entered; the status defaults to not-started. */
    public record Entry(String description, String measure, String targetValue, String targetDate, String status) {
    }

    /**
     * A change of a goal: null parts stay as they are. A progress note may come with a date
     * (today when absent).
     */
    public record Change(String description, String measure, String targetValue, String targetDate, String status,
                         String progressNote, String progressDate) {
    }

    /** A goal with its progress notes, oldest first. */
    public record GoalWithProgress(CarePlanGoal goal, List<GoalProgressNote> progress) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public CarePlanGoal add(long patientId, long planId, Entry entry) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        String description = errors.requiredText("description", entry.description(), 1000);
        String measure = errors.requiredText("measure", entry.measure(), 200);
        String targetValue = errors.requiredText("targetValue", entry.targetValue(), 100);
        LocalDate targetDate = errors.requiredDate("targetDate", entry.targetDate());
        if (targetDate != null && targetDate.isBefore(today)) {
            errors.add("targetDate", "cannot be in the past");
        }
        GoalStatus status = entry.status() == null || entry.status().isBlank() ? GoalStatus.NOT_STARTED
                : errors.requiredCode("status", entry.status(), GoalStatus.class, GoalStatus::code);
        errors.throwIfAny();
        long id = NewIds.next(em, CarePlanGoal.class);
        guard.authorize(patientId, AuditAction.CREATE, "CarePlanGoal/" + id, "care plan " + planId + " goal " + id
                + " added");
        CarePlan plan = PlanLookup.openPlan(em, patientId, planId);
        CarePlanGoal goal = new CarePlanGoal(id, plan, description, measure, targetValue, targetDate, status,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(goal);
        return goal;
    }

    /**
     * Revises a goal, moves its status on, or adds a progress note (or all at once).
     * {@code expectedVersion} is the goal's version as read.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public GoalWithProgress update(long patientId, long planId, long goalId, long expectedVersion, Change change) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        String description = change.description() == null ? null
                : errors.requiredText("description", change.description(), 1000);
        String measure = change.measure() == null ? null : errors.requiredText("measure", change.measure(), 200);
        String targetValue = change.targetValue() == null ? null
                : errors.requiredText("targetValue", change.targetValue(), 100);
        LocalDate targetDate = change.targetDate() == null ? null
                : errors.requiredDate("targetDate", change.targetDate());
        GoalStatus status = change.status() == null ? null
                : errors.requiredCode("status", change.status(), GoalStatus.class, GoalStatus::code);
        String note = change.progressNote() == null || change.progressNote().isBlank() ? null
                : errors.requiredText("progressNote", change.progressNote(), MAX_NOTE);
        LocalDate notedOn = null;
        if (change.progressDate() != null && !change.progressDate().isBlank()) {
            notedOn = errors.requiredDate("progressDate", change.progressDate());
            if (change.progressNote() == null || change.progressNote().isBlank()) {
                errors.add("progressDate", "goes with a progressNote");
            }
            if (notedOn != null && notedOn.isAfter(today)) {
                errors.add("progressDate", "cannot be in the future");
            }
        }
        if (errors.isEmpty() && change.description() == null && change.measure() == null
                && change.targetValue() == null && change.targetDate() == null && change.status() == null
                && note == null) {
            errors.add("body", "nothing to change: give description, measure, targetValue, targetDate, status"
                    + " or progressNote");
        }
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "CarePlanGoal/" + goalId,
                "care plan " + planId + " goal " + goalId + " updated");
        PlanLookup.openPlan(em, patientId, planId);
        CarePlanGoal goal = em.find(CarePlanGoal.class, goalId);
        if (goal == null || goal.carePlanId() != planId) {
            throw new NotFoundException("No goal " + goalId + " in care plan " + planId);
        }
        if (goal.version() != expectedVersion) {
            throw new ConflictException("The goal was changed by someone else (version " + goal.version()
                    + ", you read " + expectedVersion + "); reload and apply your change again.");
        }
        if (status != null && !goal.status().canBecome(status)) {
            throw InvalidInputException.of("status", "a goal " + goal.status().code() + " cannot become "
                    + status.code());
        }
        LocalDateTime now = Clocks.nowUtc(clock);
        goal.revise(description, measure, targetValue, targetDate, status, now);
        if (note != null) {
            em.persist(new GoalProgressNote(goal, notedOn == null ? today : notedOn, note, callers.current().username(),
                    now));
        }
        em.flush();
        return new GoalWithProgress(goal, PlanLookup.progressOf(em, goalId));
    }

    /** The plan's goals with their progress notes: two queries. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<GoalWithProgress> list(long patientId, long planId) {
        guard.authorize(patientId, AuditAction.READ, "CarePlanGoal", "goals of care plan " + planId + " listed");
        PlanLookup.plan(em, patientId, planId);
        Map<Long, List<GoalProgressNote>> progress = PlanLookup.progress(em, planId);
        return PlanLookup.goals(em, planId).stream()
                .map(g -> new GoalWithProgress(g, progress.getOrDefault(g.id(), List.of()))).toList();
    }
}
