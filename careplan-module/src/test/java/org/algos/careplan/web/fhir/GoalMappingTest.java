package org.algos.careplan.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.GoalStatus;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.junit.jupiter.api.Test;

class GoalMappingTest {

    private static CarePlanGoal goal(CarePlan plan, GoalStatus status) {
        return new CarePlanGoal(11L, plan, "Walk to the shops and back", "walking distance", "1 km",
                LocalDate.of(2026, 6, 1), status, "dr.lee", CareRecords.RECORDED);
    }

    @Test
    void aGoalIsAUsCoreGoalWithItsTargetDueDateAndProgressNotes() {
        CarePlanGoal g = goal(CareRecords.plan(3, CarePlanStatus.ACTIVE), GoalStatus.IN_PROGRESS);
        GoalProgressNote note = new GoalProgressNote(g, LocalDate.of(2026, 4, 2), "Walks 500 m with one rest",
                "pt.ana", CareRecords.RECORDED.plusMonths(1));

        Goal goal = GoalMapping.toFhir(g, List.of(note), CarePlanStatus.ACTIVE);

        assertEquals("Goal/11", goal.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-goal",
                goal.getMeta().getProfile().get(0).getValue());
        assertEquals("active", goal.getLifecycleStatus().toCode());
        assertEquals("http://terminology.hl7.org/CodeSystem/goal-achievement",
                goal.getAchievementStatus().getCodingFirstRep().getSystem());
        assertEquals("in-progress", goal.getAchievementStatus().getCodingFirstRep().getCode());
        assertEquals("Walk to the shops and back", goal.getDescription().getText());
        assertEquals("Patient/7", goal.getSubject().getReference());
        assertEquals("walking distance", goal.getTargetFirstRep().getMeasure().getText());
        assertEquals("1 km", goal.getTargetFirstRep().getDetailStringType().getValue());
        assertEquals("2026-06-01", goal.getTargetFirstRep().getDueDateType().getValueAsString());
        assertEquals("Practitioner/dr.lee", goal.getExpressedBy().getReference());
        assertEquals("Walks 500 m with one rest", goal.getNoteFirstRep().getText());
        assertEquals("2026-04-02", goal.getNoteFirstRep().getTimeElement().getValueAsString());
        assertEquals("Practitioner/pt.ana", goal.getNoteFirstRep().getAuthorReference().getReference());
    }

    @Test
    void aReviewedGoalIsCompletedWithItsAchievement() {
        CarePlan plan = CareRecords.plan(3, CarePlanStatus.ACTIVE);

        Goal achieved = GoalMapping.toFhir(goal(plan, GoalStatus.ACHIEVED), List.of(), CarePlanStatus.COMPLETED);
        assertEquals("completed", achieved.getLifecycleStatus().toCode());
        assertEquals("achieved", achieved.getAchievementStatus().getCodingFirstRep().getCode());

        Goal missed = GoalMapping.toFhir(goal(plan, GoalStatus.NOT_ACHIEVED), List.of(), CarePlanStatus.ACTIVE);
        assertEquals("completed", missed.getLifecycleStatus().toCode());
        assertEquals("not-achieved", missed.getAchievementStatus().getCodingFirstRep().getCode());
    }

    @Test
    void aGoalNotStartedHasNoAchievementAndItsLifecycleFollowsThePlan() {
        CarePlanGoal g = goal(CareRecords.plan(3, CarePlanStatus.DRAFT), GoalStatus.NOT_STARTED);

        Goal goal = GoalMapping.toFhir(g, List.of(), CarePlanStatus.DRAFT);
        assertFalse(goal.hasAchievementStatus());
        assertEquals(GoalLifecycleStatus.PROPOSED, goal.getLifecycleStatus());
        assertEquals(GoalLifecycleStatus.PLANNED, GoalMapping.lifecycle(GoalStatus.NOT_STARTED, CarePlanStatus.ACTIVE));
        assertEquals(GoalLifecycleStatus.CANCELLED,
                GoalMapping.lifecycle(GoalStatus.IN_PROGRESS, CarePlanStatus.DISCONTINUED));
    }
}
