package org.algos.intervention.eligibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A rolling period of whole months ending on a day, from the day after the same date that many
 * months earlier up to and including the end: for 12 months ending 2025-03-10 that is
 * 2024-03-11 … 2025-03-10, so a session on 2024-03-10 has just left the window.
 * {@link LocalDate#minusMonths} clamps month ends (12 months before 2024-02-29 is 2023-02-28).
 */
record RollingWindow(int months) {

    RollingWindow {
        if (months < 1) {
            throw new IllegalArgumentException("A rolling window lasts at least one month");
        }
    }

    /** Whether {@code day} falls in the window that ends on {@code end}. */
    boolean contains(LocalDate day, LocalDate end) {
        return day.isAfter(end.minusMonths(months)) && !day.isAfter(end);
    }

    /**
     * The largest set of session days that share one window with {@code requested}, the
     * requested day included. Every window holding the requested day is considered, also those
     * reaching sessions already scheduled after it, so that booking an earlier session cannot
     * push a later one over the limit. Days are distinct: procedures on one date are one session.
     */
    List<LocalDate> busiestWindowWith(LocalDate requested, Collection<LocalDate> sessionDays) {
        TreeSet<LocalDate> days = new TreeSet<>(sessionDays);
        days.add(requested);
        List<LocalDate> busiest = List.of();
        for (LocalDate end : days.tailSet(requested, true)) {
            if (!contains(requested, end)) {
                break;
            }
            List<LocalDate> inside = days.stream().filter(day -> contains(day, end)).toList();
            if (inside.size() > busiest.size()) {
                busiest = inside;
            }
        }
        return busiest;
    }
}
