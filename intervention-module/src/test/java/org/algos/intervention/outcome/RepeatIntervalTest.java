package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time to the next ablation of the same kind on the same side, counted by hand. */
class RepeatIntervalTest {

    private static RepeatInterval.Done rfa(long id, long patient, String side, String date) {
        return new RepeatInterval.Done(id, patient, "RFA_LUMBAR", side, LocalDate.parse(date));
    }

    @Test
    void theNextAblationOfTheSameSideCountsAndTheOthersDoNot() {
        RepeatInterval.Done first = rfa(1, 7, "left", "2025-01-10");
        RepeatInterval.Done repeat = rfa(2, 7, "left", "2025-11-06");          // 300 days later
        RepeatInterval.Done otherSide = rfa(3, 7, "right", "2025-03-01");      // not a repeat of 1
        RepeatInterval.Done second = rfa(4, 8, "bilateral", "2025-02-01");
        RepeatInterval.Done secondRepeat = rfa(5, 8, "bilateral", "2025-08-20"); // 200 days later
        RepeatInterval.Done notRepeated = rfa(6, 9, "left", "2025-02-01");
        List<RepeatInterval.Done> cohort = List.of(first, otherSide, second, notRepeated);

        RepeatInterval.Repeats repeats = RepeatInterval.of(cohort,
                List.of(first, repeat, otherSide, second, secondRepeat, notRepeated));

        assertEquals(4, repeats.cohort());
        assertEquals(2, repeats.repeated());
        assertEquals(250.0, repeats.days().median(), 1e-9, "the median of 200 and 300 days");
    }

    @Test
    void noRepeatGivesNoMedian() {
        RepeatInterval.Repeats none = RepeatInterval.of(List.of(rfa(1, 1, "left", "2025-01-01")),
                List.of(rfa(1, 1, "left", "2025-01-01")));
        assertEquals(0, none.repeated());
        assertNull(none.days());
    }
}
