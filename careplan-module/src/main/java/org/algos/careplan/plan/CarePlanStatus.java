package org.algos.careplan.plan;

import java.util.Locale;
import java.util.Set;

/**
 * Where a care plan is in its life: drafted, in force, or closed. A closed plan (completed or
 * discontinued) is kept as it was and no longer changes.
 */
public enum CarePlanStatus {
    DRAFT, ACTIVE, COMPLETED, DISCONTINUED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Goals, modalities and tasks of an open plan may change; a closed plan is a record. */
    public boolean isOpen() {
        return this == DRAFT || this == ACTIVE;
    }

    /** The statuses a new plan may start in. */
    public static Set<CarePlanStatus> initial() {
        return Set.of(DRAFT, ACTIVE);
    }

    /**
     * Draft → active or discontinued; active → completed or discontinued; closed plans stay
     * closed. Staying in the same status is always allowed.
     */
    public boolean canBecome(CarePlanStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case DRAFT -> next == ACTIVE || next == DISCONTINUED;
            case ACTIVE -> next == COMPLETED || next == DISCONTINUED;
            case COMPLETED, DISCONTINUED -> false;
        };
    }
}
