package org.algos.careplan.web.fhir;

import java.util.List;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlans.Detail;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.GoalStatus;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.StringType;

/**
 * A SMART goal of a care plan as a US Core Goal ({@code Goal/<id>}): the description, the measure
 * and target value as {@code target} with its {@code dueDate}, progress notes as {@code note}.
 * The goal's own status gives {@code achievementStatus}; {@code lifecycleStatus} also depends on
 * the plan, since a goal of a draft plan is only proposed and one left open when its plan closed
 * is no longer pursued.
 */
final class GoalMapping {

    static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private GoalMapping() {
    }

    /** The goals of a plan, each with its progress notes. */
    static List<Goal> ofPlan(Detail detail) {
        return detail.goals().stream().map(g -> toFhir(g, detail.progress().getOrDefault(g.id(), List.of()),
                detail.plan().status())).toList();
    }

    static Goal toFhir(CarePlanGoal g, List<GoalProgressNote> progress, CarePlanStatus planStatus) {
        Goal goal = new Goal();
        goal.setId("Goal/" + g.id());
        goal.getMeta().addProfile(CareFhir.US_CORE_GOAL).setVersionId(Long.toString(g.version()));
        goal.setLifecycleStatus(lifecycle(g.status(), planStatus));
        CodeableConcept achievement = achievement(g.status());
        if (achievement != null) {
            goal.setAchievementStatus(achievement);
        }
        goal.setDescription(new CodeableConcept().setText(g.description()));
        goal.setSubject(Fhir.patientReference(g.patientId()));
        goal.addTarget().setMeasure(new CodeableConcept().setText(g.measure()))
                .setDetail(new StringType(g.targetValue())).setDue(CareFhir.date(g.targetDate()));
        goal.setStatusDateElement(CareFhir.date(g.updatedAt().toLocalDate()));
        goal.setExpressedBy(Practitioners.reference(g.createdBy(), null));
        for (GoalProgressNote note : progress) {
            goal.addNote().setText(note.note()).setTimeElement(CareFhir.day(note.notedOn()))
                    .setAuthor(Practitioners.reference(note.author(), null));
        }
        return goal;
    }

    static GoalLifecycleStatus lifecycle(GoalStatus status, CarePlanStatus planStatus) {
        if (status.isReviewed()) {
            return GoalLifecycleStatus.COMPLETED;
        }
        if (planStatus == CarePlanStatus.DRAFT) {
            return GoalLifecycleStatus.PROPOSED;
        }
        if (!planStatus.isOpen()) {
            return GoalLifecycleStatus.CANCELLED;
        }
        return status == GoalStatus.IN_PROGRESS ? GoalLifecycleStatus.ACTIVE : GoalLifecycleStatus.PLANNED;
    }

    /** None for a goal not started: nothing has been achieved or missed yet. */
    static CodeableConcept achievement(GoalStatus status) {
        return switch (status) {
            case NOT_STARTED -> null;
            case IN_PROGRESS -> CareFhir.concept(ACHIEVEMENT, "in-progress", "In Progress");
            case ACHIEVED -> CareFhir.concept(ACHIEVEMENT, "achieved", "Achieved");
            case NOT_ACHIEVED -> CareFhir.concept(ACHIEVEMENT, "not-achieved", "Not Achieved");
        };
    }
}
