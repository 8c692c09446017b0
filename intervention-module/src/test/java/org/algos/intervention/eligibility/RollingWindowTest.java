package org.algos.intervention.eligibility;

import static org.algos.intervention.eligibility.ChartFixture.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingWindowTest {

    private final RollingWindow year = new RollingWindow(12);

    @Test
    void aDayLeavesTheWindowExactlyTwelveMonthsBeforeItsEnd() {
        assertFalse(year.contains(day("2024-03-10"), day("2025-03-10")), "exactly 12 months before: out");
        assertTrue(year.contains(day("2024-03-11"), day("2025-03-10")), "one day later: in");
        assertTrue(year.contains(day("2025-03-10"), day("2025-03-10")), "the end day itself: in");
        assertFalse(year.contains(day("2025-03-11"), day("2025-03-10")), "after the end: out");
    }

    @Test
    void monthEndsAreClampedTheWayTheCalendarDoes() {
        assertFalse(year.contains(day("2023-02-28"), day("2024-02-29")));
        assertTrue(year.contains(day("2023-03-01"), day("2024-02-29")));
        assertTrue(year.contains(day("2024-02-29"), day("2025-02-28")));
        assertFalse(year.contains(day("2024-02-28"), day("2025-02-28")));
    }

    @Test
    void theBusiestWindowCountsTheRequestedDayAndDistinctSessionDays() {
        List<LocalDate> busiest = year.busiestWindowWith(day("2025-03-10"),
                List.of(day("2024-03-10"), day("2024-06-01"), day("2024-06-01"), day("2025-01-15")));
        assertEquals(List.of(day("2024-06-01"), day("2025-01-15"), day("2025-03-10")), busiest);
    }

    @Test
    void windowsReachingSessionsScheduledAfterTheRequestedDayAreConsidered() {
        List<LocalDate> busiest = year.busiestWindowWith(day("2025-01-10"),
                List.of(day("2024-02-01"), day("2025-06-01"), day("2025-09-01"), day("2026-01-10")));
        assertEquals(List.of(day("2025-01-10"), day("2025-06-01"), day("2025-09-01")), busiest,
                "2026-01-10 is exactly 12 months after the request; 2024-02-01 shares no window with the later ones");
    }

    @Test
    void aWindowLastsAtLeastOneMonth() {
        assertThrows(IllegalArgumentException.class, () -> new RollingWindow(0));
    }
}
