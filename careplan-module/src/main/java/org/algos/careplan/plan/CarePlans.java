package org.algos.careplan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Caller;
import org.algos.domain.persistence.PatientRows;
import org.algos.domain.user.Role;

/**
 * A patient's care plans. A physician creates a plan and changes its title, problems and status;
 * at most one plan of a patient is active. The whole care team reads it, and so does the patient,
 * who sees goals and modalities but not the team's tasks.
 */
@Stateless
public class CarePlans {

    /** 15 problems of 250 characters fit the 4000 characters of the column. */
    static final int MAX_PROBLEMS = 15;
    static final int MAX_PROBLEM_LENGTH = 250;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /**
     * A plan as entered. On a change, a null part stays as it is; on creation the status defaults
     * to draft and problems to none.
     */
    public record Entry(String title, List<String> problems, String status) {
    }

    /**
     * A plan with all its parts, each read with one query. {@code tasks} is null when the caller is
     * the patient: team tasks are the team's working list.
     */
    public record Detail(CarePlan plan, List<CarePlanGoal> goals, Map<Long, List<GoalProgressNote>> progress,
                         List<CarePlanModality> modalities, List<CarePlanTask> tasks) {
    }

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public CarePlan create(long patientId, Entry entry) {
        FieldErrors errors = new FieldErrors();
        String title = errors.requiredText("title", entry.title(), 200);
        List<String> problems = problems(entry.problems(), errors);
        CarePlanStatus status = entry.status() == null || entry.status().isBlank() ? CarePlanStatus.DRAFT
                : errors.requiredCode("status", entry.status(), CarePlanStatus.class, CarePlanStatus::code);
        if (status != null && !CarePlanStatus.initial().contains(status)) {
            errors.add("status", "a new plan is draft or active");
        }
        errors.throwIfAny();
        long id = NewIds.next(em, CarePlan.class);
        guard.authorize(patientId, AuditAction.CREATE, "CarePlan/" + id,
                "care plan " + id + " created as " + status.code());
        if (status == CarePlanStatus.ACTIVE) {
            requireNoOtherActive(patientId, null);
        }
        CarePlan plan = new CarePlan(id, patientId, title, problems, status, callers.current().username(),
                Clocks.nowUtc(clock));
        em.persist(plan);
        flushOrConflict();
        return plan;
    }

    /**
     * Changes title, problems or status. {@code expectedVersion} is the version the physician read:
     * if someone saved in between, the change is refused rather than overwriting theirs.
     */
    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public CarePlan revise(long patientId, long planId, long expectedVersion, Entry entry) {
        FieldErrors errors = new FieldErrors();
        String title = entry.title() == null ? null : errors.requiredText("title", entry.title(), 200);
        List<String> problems = entry.problems() == null ? null : problems(entry.problems(), errors);
        CarePlanStatus status = entry.status() == null ? null
                : errors.requiredCode("status", entry.status(), CarePlanStatus.class, CarePlanStatus::code);
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "CarePlan/" + planId,
                "care plan " + planId + " revised" + (status == null ? "" : ", status " + status.code()));
        CarePlan plan = PlanLookup.plan(em, patientId, planId);
        if (plan.version() != expectedVersion) {
            throw new ConflictException("The care plan was changed by someone else (version " + plan.version()
                    + ", you read " + expectedVersion + "); reload and apply your change again.");
        }
        if (!plan.status().isOpen()) {
            throw new ConflictException("The care plan is " + plan.status().code() + " and no longer changes.");
        }
        if (status != null && !plan.status().canBecome(status)) {
            throw InvalidInputException.of("status", "a " + plan.status().code() + " plan cannot become " + status.code());
        }
        if (status == CarePlanStatus.ACTIVE && plan.status() != CarePlanStatus.ACTIVE) {
            requireNoOtherActive(patientId, planId);
        }
        plan.revise(title, problems, status, callers.current().username(), Clocks.nowUtc(clock));
        flushOrConflict();
        return plan;
    }

    /** The patient's plans, newest first, without their parts. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<CarePlan> list(long patientId) {
        return list(guard.authorize(patientId, AuditAction.READ, "CarePlan", "care plans listed"));
    }

    /** How many care plans the patient has, for the chart's section menu; the caller passed the guard. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public long count(AuthorizedPatient patient) {
        guard.confirm(patient);
        return PatientRows.count(em, CarePlan.class, patient.id());
    }

    /** As {@link #list(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<CarePlan> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return em.createQuery("select c from CarePlan c where c.patientId = :p order by c.createdAt desc, c.id desc",
                CarePlan.class).setParameter("p", patientId).getResultList();
    }

    /** One plan with goals and their progress, modalities and (for clinicians) tasks: one query each. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Detail detail(long patientId, long planId) {
        return detail(guard.authorize(patientId, AuditAction.READ, "CarePlan/" + planId, "care plan " + planId + " read"),
                planId);
    }

    /** As {@link #detail(long, long)}, for a caller that passed the guard already. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Detail detail(AuthorizedPatient patient, long planId) {
        guard.confirm(patient);
        long patientId = patient.id();
        CarePlan plan = PlanLookup.plan(em, patientId, planId);
        Caller caller = callers.current();
        return new Detail(plan, PlanLookup.goals(em, planId), PlanLookup.progress(em, planId),
                PlanLookup.modalities(em, planId), caller.isPatient() ? null : PlanLookup.tasks(em, planId));
    }

    /** One plan with its parts by the plan's id alone (a FHIR CarePlan read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Detail detail(long planId) {
        CarePlan plan = em.find(CarePlan.class, planId);
        if (plan == null) {
            throw new NotFoundException("No care plan " + planId);
        }
        return detail(plan.patientId(), planId);
    }

    /** The plan a goal belongs to, with its parts (a FHIR Goal read: the goal's state depends on its plan's). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Detail detailOfGoal(long goalId) {
        CarePlanGoal goal = em.find(CarePlanGoal.class, goalId);
        if (goal == null) {
            throw new NotFoundException("No care plan goal " + goalId);
        }
        return detail(goal.patientId(), goal.carePlanId());
    }

    /** Every plan of the patient with its parts, newest first (FHIR searches of plans and goals). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<Detail> details(long patientId) {
        return details(guard.authorize(patientId, AuditAction.READ, "CarePlan", "care plans read with their parts"));
    }

    /**
     * As {@link #details(long)}, for a caller that passed the guard already; a patient has a few
     * plans, so a few queries per plan.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<Detail> details(AuthorizedPatient patient) {
        boolean forPatient = callers.current().isPatient();
        return list(patient).stream().map(plan -> new Detail(plan, PlanLookup.goals(em, plan.id()),
                PlanLookup.progress(em, plan.id()), PlanLookup.modalities(em, plan.id()),
                forPatient ? null : PlanLookup.tasks(em, plan.id()))).toList();
    }

    private void requireNoOtherActive(long patientId, Long exceptPlanId) {
        List<Long> active = em.createQuery("select c.id from CarePlan c where c.patientId = :p and c.status = :active",
                        Long.class).setParameter("p", patientId).setParameter("active", CarePlanStatus.ACTIVE)
                .getResultList();
        if (active.stream().anyMatch(id -> !id.equals(exceptPlanId))) {
            throw new ConflictException("Care plan " + active.get(0) + " is already active for this patient;"
                    + " complete or discontinue it first.");
        }
    }

    /** A concurrent activation passes the check above; the unique active-plan column catches it here. */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException) {
                throw e;
            }
            throw new ConflictException("Another care plan of this patient was activated at the same time;"
                    + " reload and try again.");
        }
    }

    static List<String> problems(List<String> given, FieldErrors errors) {
        List<String> problems = new ArrayList<>();
        if (given == null) {
            return problems;
        }
        for (String problem : given) {
            if (problem == null || problem.isBlank()) {
                continue;
            }
            String text = problem.strip().replaceAll("\\s+", " ");
            if (text.length() > MAX_PROBLEM_LENGTH) {
                errors.add("problems", "each problem must be at most " + MAX_PROBLEM_LENGTH + " characters");
                return problems;
            }
            problems.add(text);
        }
        if (problems.size() > MAX_PROBLEMS) {
            errors.add("problems", "at most " + MAX_PROBLEMS + " problems");
        }
        return problems;
    }
}
