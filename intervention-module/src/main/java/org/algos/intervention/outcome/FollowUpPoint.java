package org.algos.intervention.outcome;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/**
 * The points after a procedure at which its outcome is asked: pain at 2 weeks; pain and function
 * at 3, 6 and 12 months, the intervals registries of pain services report (ePPOC, IMMPACT's
 * recommendation to assess at fixed times after treatment).
 */
public enum FollowUpPoint {
    TWO_WEEKS("2w", Period.ofWeeks(2), false),
    THREE_MONTHS("3m", Period.ofMonths(3), true),
    SIX_MONTHS("6m", Period.ofMonths(6), true),
    TWELVE_MONTHS("12m", Period.ofMonths(12), true);

    private final String code;
    private final Period after;
    private final boolean asksFunction;

    FollowUpPoint(String code, Period after, boolean asksFunction) {
        this.code = code;
        this.after = after;
        this.asksFunction = asksFunction;
    }

    public String code() {
        return code;
    }

    /** The day the point falls on, for a procedure done on {@code done}. */
    public LocalDate on(LocalDate done) {
        return done.plus(after);
    }

    /** Whether the point asks function (ODI or NDI) besides pain. */
    public boolean asksFunction() {
        return asksFunction;
    }

    /** Months after the procedure; 0 for the 2-week point. */
    public int months() {
        return after.getMonths() + 12 * after.getYears();
    }

    public static Optional<FollowUpPoint> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** The month point (3, 6 or 12) the registry reports. */
    public static Optional<FollowUpPoint> ofMonths(int months) {
        return Arrays.stream(values()).filter(p -> p.months() == months && months > 0).findFirst();
    }
}
