package org.algos.careplan.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plan a patient is shown (in their area and in their printed plan) and a letter reports:
 * the active one; when none is active, the most recently closed one. A draft is the team's
 * work in progress and is never shown.
 */
public final class ShownPlan {

    private ShownPlan() {
    }

    public static Optional<CarePlan> of(List<CarePlan> plans) {
        return plans.stream().filter(p -> p.status() == CarePlanStatus.ACTIVE).findFirst()
                .or(() -> plans.stream().filter(p -> !p.status().isOpen()).max(Comparator.comparing(CarePlan::updatedAt)));
    }
}
