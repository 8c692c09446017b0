package org.algos.careplan.plan;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.NotFoundException;

/** Finds a plan and its parts for the services of this package; no access checks (callers pass the guard first). */
final class PlanLookup {

    private PlanLookup() {
    }

    /** The patient's plan, or 404 (also when the plan belongs to another patient). */
    static CarePlan plan(EntityManager em, long patientId, long planId) {
        CarePlan plan = em.find(CarePlan.class, planId);
        if (plan == null || plan.patientId() != patientId) {
            throw new NotFoundException("No care plan " + planId + " for patient " + patientId);
        }
        return plan;
    }

    /** The patient's plan while it is a draft or active; a closed plan is a record and refuses changes (409). */
    static CarePlan openPlan(EntityManager em, long patientId, long planId) {
        CarePlan plan = plan(em, patientId, planId);
        if (!plan.status().isOpen()) {
            throw new ConflictException("The care plan is " + plan.status().code() + " and no longer changes.");
        }
        return plan;
    }

    static List<CarePlanGoal> goals(EntityManager em, long planId) {
        return em.createQuery("select g from CarePlanGoal g where g.carePlanId = :plan order by g.targetDate, g.id",
                CarePlanGoal.class).setParameter("plan", planId).getResultList();
    }

    /** Every progress note of the plan's goals in one query, oldest first, by goal id. */
    static Map<Long, List<GoalProgressNote>> progress(EntityManager em, long planId) {
        Map<Long, List<GoalProgressNote>> byGoal = new LinkedHashMap<>();
        em.createQuery("select n from GoalProgressNote n where n.carePlanId = :plan order by n.notedOn, n.id",
                        GoalProgressNote.class).setParameter("plan", planId).getResultList()
                .forEach(n -> byGoal.computeIfAbsent(n.goalId(), id -> new java.util.ArrayList<>()).add(n));
        return byGoal;
    }

    static List<GoalProgressNote> progressOf(EntityManager em, long goalId) {
        return em.createQuery("select n from GoalProgressNote n where n.goalId = :goal order by n.notedOn, n.id",
                GoalProgressNote.class).setParameter("goal", goalId).getResultList();
    }

    static List<CarePlanModality> modalities(EntityManager em, long planId) {
        return em.createQuery("select m from CarePlanModality m where m.carePlanId = :plan order by m.id",
                CarePlanModality.class).setParameter("plan", planId).getResultList();
    }

    static List<CarePlanTask> tasks(EntityManager em, long planId) {
        return em.createQuery("select t from CarePlanTask t where t.carePlanId = :plan order by t.status, t.dueDate, t.id",
                CarePlanTask.class).setParameter("plan", planId).getResultList();
    }
}
