package org.algos.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.algos.domain.common.FieldErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarePlanStatusTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 9, 0);

    @ParameterizedTest
    @CsvSource({
            "DRAFT, ACTIVE, true", "DRAFT, DISCONTINUED, true", "DRAFT, COMPLETED, false",
            "ACTIVE, COMPLETED, true", "ACTIVE, DISCONTINUED, true", "ACTIVE, DRAFT, false",
            "COMPLETED, ACTIVE, false", "COMPLETED, DISCONTINUED, false", "DISCONTINUED, ACTIVE, false",
            "DISCONTINUED, DRAFT, false"})
    void aPlanIsDraftedActivatedAndClosedForGood(CarePlanStatus from, CarePlanStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void onlyDraftAndActivePlansAreOpen() {
        assertTrue(CarePlanStatus.DRAFT.isOpen());
        assertTrue(CarePlanStatus.ACTIVE.isOpen());
        assertFalse(CarePlanStatus.COMPLETED.isOpen());
        assertFalse(CarePlanStatus.DISCONTINUED.isOpen());
        assertEquals(Set.of(CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE), CarePlanStatus.initial());
    }

    @Test
    void theActivePlanMarkerFollowsTheStatus() {
        CarePlan plan = new CarePlan(null, 7, "Back pain", List.of("Chronic low back pain", "Poor sleep"),
                CarePlanStatus.DRAFT, "dr.lee", NOW);
        assertEquals(List.of("Chronic low back pain", "Poor sleep"), plan.problems());
        plan.revise(null, null, CarePlanStatus.ACTIVE, "dr.lee", NOW.plusDays(1));
        assertEquals(CarePlanStatus.ACTIVE, plan.status());
        assertEquals("Back pain", plan.title());
        plan.revise("Back pain programme", List.of(), CarePlanStatus.COMPLETED, "dr.lee", NOW.plusDays(2));
        assertEquals(List.of(), plan.problems());
        assertThrows(IllegalStateException.class,
                () -> plan.revise(null, null, CarePlanStatus.ACTIVE, "dr.lee", NOW.plusDays(3)));
        assertThrows(IllegalArgumentException.class,
                () -> new CarePlan(null, 7, "x", List.of(), CarePlanStatus.COMPLETED, "dr.lee", NOW));
    }

    @Test
    void problemsAreTrimmedBlankOnesDroppedAndLimited() {
        FieldErrors errors = new FieldErrors();
        assertEquals(List.of("Low back pain", "Sleep disturbance"),
                CarePlans.problems(Arrays.asList(" Low back pain ", "", null, "Sleep\n  disturbance"), errors),
                "one line each, so they are stored one per line");
        assertTrue(errors.isEmpty());

        FieldErrors tooLong = new FieldErrors();
        CarePlans.problems(List.of("x".repeat(CarePlans.MAX_PROBLEM_LENGTH + 1)), tooLong);
        assertFalse(tooLong.isEmpty());

        FieldErrors tooMany = new FieldErrors();
        CarePlans.problems(Collections.nCopies(CarePlans.MAX_PROBLEMS + 1, "pain"), tooMany);
        assertFalse(tooMany.isEmpty());
        assertTrue(CarePlans.MAX_PROBLEMS * (CarePlans.MAX_PROBLEM_LENGTH + 1) <= 4000, "fits the column");
    }
}
