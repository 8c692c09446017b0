package org.algos.careplan.plan;

import java.time.LocalDateTime;
import java.util.List;

/** Plans as the database would hand them back: with an id, which goals and tasks refer to. */
final class SavedPlans {

    private SavedPlans() {
    }

    static CarePlan plan(long id, CarePlanStatus status) {
        CarePlan plan = new CarePlan(null, 7, "Back pain", List.of(), status, "dr.lee",
                LocalDateTime.of(2026, 3, 1, 9, 0));
        try {
            var field = CarePlan.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(plan, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return plan;
    }
}
