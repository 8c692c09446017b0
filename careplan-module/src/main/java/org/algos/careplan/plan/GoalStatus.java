package org.algos.careplan.plan;

import java.util.Locale;

/** How far a goal has come. */
public enum GoalStatus {
    NOT_STARTED, IN_PROGRESS, ACHIEVED, NOT_ACHIEVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Achieved or not achieved: the goal was reviewed against its target. */
    public boolean isReviewed() {
        return this == ACHIEVED || this == NOT_ACHIEVED;
    }

    /**
     * Work on a goal moves forward: not started → in progress → achieved or not achieved (a goal
     * may also be judged without passing through "in progress"). A reviewed goal may be taken up
     * again (→ in progress), but nothing returns to "not started". Staying put is always allowed.
     */
    public boolean canBecome(GoalStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case NOT_STARTED -> next != NOT_STARTED;
            case IN_PROGRESS -> next.isReviewed();
            case ACHIEVED, NOT_ACHIEVED -> next == IN_PROGRESS;
        };
    }
}
