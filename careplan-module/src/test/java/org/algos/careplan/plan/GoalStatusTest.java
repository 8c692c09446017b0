package org.algos.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GoalStatusTest {

    @Test
    void theApiCodesAreStable() {
        assertEquals(List.of("not-started", "in-progress", "achieved", "not-achieved"),
                List.of(GoalStatus.values()).stream().map(GoalStatus::code).toList());
    }

    @ParameterizedTest
    @CsvSource({
            "NOT_STARTED, IN_PROGRESS, true", "NOT_STARTED, ACHIEVED, true", "NOT_STARTED, NOT_ACHIEVED, true",
            "IN_PROGRESS, ACHIEVED, true", "IN_PROGRESS, NOT_ACHIEVED, true", "IN_PROGRESS, NOT_STARTED, false",
            "ACHIEVED, IN_PROGRESS, true", "ACHIEVED, NOT_ACHIEVED, false", "ACHIEVED, NOT_STARTED, false",
            "NOT_ACHIEVED, IN_PROGRESS, true", "NOT_ACHIEVED, ACHIEVED, false", "NOT_ACHIEVED, NOT_STARTED, false"})
    void workOnAGoalMovesForwardAndAReviewedGoalMayBeTakenUpAgain(GoalStatus from, GoalStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void stayingPutIsAlwaysAllowed(GoalStatus status) {
        assertTrue(status.canBecome(status));
    }

    @Test
    void onlyAchievedAndNotAchievedAreReviewed() {
        assertTrue(GoalStatus.ACHIEVED.isReviewed());
        assertTrue(GoalStatus.NOT_ACHIEVED.isReviewed());
        assertFalse(GoalStatus.IN_PROGRESS.isReviewed());
        assertFalse(GoalStatus.NOT_STARTED.isReviewed());
    }

    @Test
    void aGoalRefusesAForbiddenTransitionEvenWhenTheServiceForgetsToAsk() {
        CarePlan plan = SavedPlans.plan(11, CarePlanStatus.DRAFT);
        CarePlanGoal goal = new CarePlanGoal(null, plan, "Walk 30 minutes", "minutes walked", "30", LocalDate.now(),
                GoalStatus.ACHIEVED, "dr.lee", LocalDateTime.now());
        assertThrows(IllegalStateException.class,
                () -> goal.revise(null, null, null, null, GoalStatus.NOT_STARTED, LocalDateTime.now()));
        goal.revise(null, null, "45", null, GoalStatus.IN_PROGRESS, LocalDateTime.now());
        assertEquals(GoalStatus.IN_PROGRESS, goal.status());
        assertEquals("45", goal.targetValue());
        assertEquals("Walk 30 minutes", goal.description());
        assertEquals(11, goal.carePlanId());
        assertEquals(7, goal.patientId());
    }
}
