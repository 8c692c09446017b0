package org.algos.careplan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * Team tasks of a care plan: any clinician on the care team creates them for a member of the team
 * and marks them done; each clinician sees their own open tasks across their patients.
 */
@Stateless
public class TeamTasks {

    /** The caller's tasks of one status, on patients whose care team they are still on. */
    private static final String MINE = " from CarePlanTask t, Patient p where p.id = t.patientId and t.assignee = :me"
            + " and t.status = :status and exists (select m.id from CareTeamMember m"
            + " where m.patientId = t.patientId and m.username = :me)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private CareTeam careTeam;

    @Inject
    private Clock clock;

    /** One of the caller's tasks with the patient it concerns. */
    public record MyTask(CarePlanTask task, String patientName, String mrn) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public CarePlanTask add(long patientId, long planId, TaskInput.Entry entry) {
        FieldErrors errors = new FieldErrors();
        TaskInput.Checked task = TaskInput.check("", entry, LocalDate.now(clock), errors);
        errors.throwIfAny();
        long id = NewIds.next(em, CarePlanTask.class);
        guard.authorize(patientId, AuditAction.CREATE, "CarePlanTask/" + id, "care plan " + planId + " task " + id
                + " added for " + task.assignee());
        CarePlan plan = PlanLookup.openPlan(em, patientId, planId);
        if (!careTeam.isMember(patientId, task.assignee())) {
            throw InvalidInputException.of("assignee", task.assignee() + " is not on the patient's care team");
        }
        CarePlanTask created = new CarePlanTask(id, plan, null, task.title(), task.assignee(), task.dueDate(),
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(created);
        return created;
    }

    /** Marks a task done or open again; {@code expectedVersion} is the task's version as read. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public CarePlanTask changeStatus(long patientId, long planId, long taskId, long expectedVersion, String status) {
        FieldErrors errors = new FieldErrors();
        TaskStatus newStatus = errors.requiredCode("status", status, TaskStatus.class, TaskStatus::code);
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "CarePlanTask/" + taskId,
                "care plan " + planId + " task " + taskId + " marked " + newStatus.code());
        PlanLookup.plan(em, patientId, planId);
        CarePlanTask task = em.find(CarePlanTask.class, taskId);
        if (task == null || task.carePlanId() != planId) {
            throw new NotFoundException("No task " + taskId + " in care plan " + planId);
        }
        if (task.version() != expectedVersion) {
            throw new ConflictException("The task was changed by someone else (version " + task.version()
                    + ", you read " + expectedVersion + "); reload and try again.");
        }
        task.changeStatus(newStatus, callers.current().username(), Clocks.nowUtc(clock));
        em.flush();
        return task;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public List<CarePlanTask> list(long patientId, long planId) {
        guard.authorize(patientId, AuditAction.READ, "CarePlanTask", "tasks of care plan " + planId + " listed");
        PlanLookup.plan(em, patientId, planId);
        return PlanLookup.tasks(em, planId);
    }

    /**
     * How many tasks with the given status (open by default) the caller has on patients whose care
     * team they are on; for paging. Not audited: it tells the caller about their own work only.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public long countMine(String status) {
        FieldErrors errors = new FieldErrors();
        TaskStatus wanted = wanted(status, errors);
        errors.throwIfAny();
        return em.createQuery("select count(t)" + MINE, Long.class).setParameter("me", callers.current().username())
                .setParameter("status", wanted).getSingleResult();
    }

    /**
     * The caller's tasks with the given status (open by default) on patients whose care team they
     * are on, earliest due first; paged in the database.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public Page<MyTask> mine(String status, int page, int size) {
        FieldErrors errors = new FieldErrors();
        TaskStatus wanted = wanted(status, errors);
        Page.checkRequest(page, size, errors);
        errors.throwIfAny();
        Caller caller = callers.current();
        List<MyTask> found = em.createQuery("select t, p" + MINE + " order by t.dueDate, t.id", Object[].class)
                .setParameter("me", caller.username()).setParameter("status", wanted)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> {
                    CarePlanTask task = (CarePlanTask) row[0];
                    Patient patient = (Patient) row[1];
                    return new MyTask(task, patient.fullName(), patient.mrn());
                }).toList();
        long total = page == 0 && found.size() < size ? found.size()
                : em.createQuery("select count(t)" + MINE, Long.class).setParameter("me", caller.username())
                .setParameter("status", wanted).getSingleResult();
        audit.record(caller, AuditRecord.success(AuditAction.SEARCH, null, "CarePlanTask", "treatment",
                "my " + wanted.code() + " tasks page " + page + ": " + total + " found, patients "
                        + found.stream().map(t -> t.task().patientId()).distinct().toList(), false));
        return new Page<>(found, page, size, total);
    }

    private static TaskStatus wanted(String status, FieldErrors errors) {
        return status == null || status.isBlank() ? TaskStatus.OPEN
                : errors.requiredCode("status", status, TaskStatus.class, TaskStatus::code);
    }
}
