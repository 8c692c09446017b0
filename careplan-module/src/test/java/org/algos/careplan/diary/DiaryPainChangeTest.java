package org.algos.careplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiaryPainChangeTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);

    /** Entries on consecutive days from {@code from}, one per pain value. */
    private static List<DiaryPainChange.Day> days(LocalDate from, int... pains) {
        List<DiaryPainChange.Day> days = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            days.add(new DiaryPainChange.Day(from.plusDays(i), pains[i]));
        }
        return days;
    }

    private static DiaryPainChange change(int[] firstWeek, int[] latestWeek) {
        return DiaryPainChange.compare(days(FIRST, firstWeek), days(FIRST.plusDays(14), latestWeek)).orElseThrow();
    }

    @Test
    void aFallOfExactlyTwoPointsIsClinicallyImportant() {
        DiaryPainChange c = change(new int[] {8, 8, 8}, new int[] {6, 6, 6});
        assertEquals(2.0, c.fall(), 1e-9);
        assertTrue(c.clinicallyImportant());
        assertTrue(c.explanation().contains("yours is at least that"), c.explanation());
    }

    @Test
    void aFallJustBelowTwoPointsAndBelowThirtyPercentIsNot() {
        // 8 → 6.33: 1.67 points, 20.8 %
        DiaryPainChange c = change(new int[] {8, 8, 8}, new int[] {6, 6, 7});
        assertFalse(c.clinicallyImportant());
        assertEquals("Your average pain was 8 out of 10 in your first diary week and 6.3 in your latest week:"
                + " 1.7 points (20.8 %) lower. A fall of 2 points or 30 % is counted as a change that makes a real"
                + " difference; yours is smaller so far.", c.explanation());
    }

    @Test
    void aFallOfExactlyThirtyPercentIsClinicallyImportantEvenUnderTwoPoints() {
        // 5 → 3.5: 1.5 points, 30 %
        DiaryPainChange c = change(new int[] {5, 5, 5, 5}, new int[] {3, 4, 3, 4});
        assertEquals(30.0, c.fallPercent(), 1e-9);
        assertTrue(c.clinicallyImportant());
    }

    @Test
    void risingPainIsSaidPlainly() {
        DiaryPainChange c = change(new int[] {4, 4, 4}, new int[] {6, 6, 6});
        assertFalse(c.clinicallyImportant());
        assertTrue(c.explanation().contains("2 points higher"), c.explanation());
    }

    @Test
    void noComparisonWhileTheWeeksOverlap() {
        // latest day 12 days after the first: its week still overlaps the first week
        assertTrue(DiaryPainChange.compare(days(FIRST, 6, 6, 6), days(FIRST.plusDays(10), 3, 3, 3)).isEmpty());
        assertTrue(DiaryPainChange.compare(days(FIRST, 6, 6, 6), days(FIRST.plusDays(11), 3, 3, 3)).isPresent(),
                "13 days after the first entry the weeks no longer overlap");
    }

    @Test
    void noComparisonWithFewerThanThreeEntriesInAWeek() {
        assertTrue(DiaryPainChange.compare(days(FIRST, 6, 6), days(FIRST.plusDays(20), 3, 3, 3)).isEmpty());
        assertTrue(DiaryPainChange.compare(days(FIRST, 6, 6, 6), days(FIRST.plusDays(20), 3, 3)).isEmpty());
        assertTrue(DiaryPainChange.compare(List.of(), List.of()).isEmpty());
    }
}
