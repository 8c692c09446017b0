package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry's figures for a cohort whose answers are counted by hand. */
class RegistryFiguresTest {

    private static final LocalDate DONE = LocalDate.of(2026, 1, 15);

    private static RegistryFigures.Outcome outcome(RegistryFigures.Figures f, String measure) {
        return f.outcomes().stream().filter(o -> o.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void sixOfTenFollowedUpRespondAndTheTwoWithoutAFollowUpCountAsNonResponseInTheWorstCase() {
        List<RegistryFigures.Treated> cohort = new ArrayList<>();
        Map<Long, RegistryFigures.Measured> measured = new HashMap<>();
        // Pain before 8 in everyone. After: 4, 4, 5, 5, 5, 5 (≥30 %: 8 → 5 is 37.5 %), then 6, 6, 7, 8.
        int[] after = {4, 4, 5, 5, 5, 5, 6, 6, 7, 8};
        for (long id = 1; id <= 12; id++) {
            String sex = id % 2 == 0 ? "female" : "male";
            cohort.add(new RegistryFigures.Treated(id, 8, sex, LocalDate.of(id <= 6 ? 1960 : 1990, 1, 1), DONE));
            if (id <= 10) {
                measured.put(id, new RegistryFigures.Measured(id, 91, after[(int) id - 1], id <= 5 ? Boolean.TRUE
                        : id <= 8 ? Boolean.FALSE : null));
            }
        }

        RegistryFigures.Figures f = RegistryFigures.of(cohort, measured);

        assertEquals(12, f.cohort());
        assertEquals(10, f.followedUp());
        ResponderShare nrs30 = outcome(f, "nrs30").share();
        assertEquals(6, nrs30.responders());
        assertEquals(0.60, nrs30.share(), 1e-9);
        assertEquals(0.313, nrs30.ciLow(), 5e-4);
        assertEquals(0.832, nrs30.ciHigh(), 5e-4);
        assertEquals(0.50, nrs30.worstCaseShare(), 1e-9, "6 of the 12 treated");
        ResponderShare nrs50 = outcome(f, "nrs50").share();
        assertEquals(2, nrs50.responders(), "8 → 4 is exactly 50 %");
        ResponderShare function = outcome(f, "function-mcid").share();
        assertEquals(5, function.responders());
        assertEquals(8, function.followedUp(), "two follow-ups without a function score");
        // Changes: -4, -4, -3, -3, -3, -3, -2, -2, -1, 0; R-7 quartiles at positions 3.25 and 7.75.
        assertEquals(-3.0, f.painChange().median(), 1e-9);
        assertEquals(-3.0, f.painChange().q1(), 1e-9);
        assertEquals(-2.0, f.painChange().q3(), 1e-9);
    }

    @Test
    void theCohortSplitsBySexAndByAgeOnTheDayOfTheProcedure() {
        List<RegistryFigures.Treated> cohort = List.of(
                new RegistryFigures.Treated(1, 6, "female", LocalDate.of(1981, 1, 16), DONE),
                new RegistryFigures.Treated(2, 6, "female", LocalDate.of(1981, 1, 15), DONE),
                new RegistryFigures.Treated(3, 6, "male", LocalDate.of(1961, 1, 15), DONE));
        Map<Long, RegistryFigures.Measured> measured = Map.of(1L, new RegistryFigures.Measured(1, 90, 2, null));

        RegistryFigures.Figures f = RegistryFigures.of(cohort, measured);

        List<String> groups = f.groups().stream().filter(g -> g.by().equals("sex") || g.by().equals("age"))
                .map(g -> g.by() + " " + g.name() + " " + g.cohort() + "/" + g.followedUp()).toList();
        assertEquals(List.of("sex female 2/1", "sex male 1/0", "age 0–44 1/1", "age 45–64 1/0", "age 65+ 1/0"), groups,
                "44 the day before the 45th birthday, 45 on it, 65 on the 65th");
    }

    @Test
    void theCohortSplitsByWhatItsBaselineSaid() {
        LocalDate born = LocalDate.of(1970, 1, 1);
        List<RegistryFigures.Treated> cohort = List.of(
                new RegistryFigures.Treated(1, 8, "female", born, DONE).with(30, "moderate", "below50"),
                new RegistryFigures.Treated(2, 8, "female", born, DONE).with(29, "moderate", "50to89"),
                new RegistryFigures.Treated(3, 8, "male", born, DONE).with(52, "severe", "90plus"),
                new RegistryFigures.Treated(4, 8, "male", born, DONE));
        // 8 → 4 (50 % less) in 1 and 3, 8 → 7 in 2; 4 has no follow-up.
        Map<Long, RegistryFigures.Measured> measured = Map.of(1L, new RegistryFigures.Measured(1, 90, 4, null),
                2L, new RegistryFigures.Measured(2, 90, 7, null), 3L, new RegistryFigures.Measured(3, 90, 4, null));

        RegistryFigures.Figures f = RegistryFigures.of(cohort, measured);

        List<String> groups = f.groups().stream().filter(g -> !g.by().equals("sex") && !g.by().equals("age"))
                .map(g -> g.by() + " " + g.name() + " " + g.cohort() + "/" + g.followedUp() + " nrs30 "
                        + g.outcomes().get(0).share().responders()).toList();
        assertEquals(List.of(
                "catastrophizing PCS <30 1/1 nrs30 0", "catastrophizing PCS ≥30 2/2 nrs30 2",
                "catastrophizing not recorded 1/0 nrs30 0",
                "depression PHQ-9 moderate 2/2 nrs30 1", "depression PHQ-9 severe 1/1 nrs30 1",
                "depression not recorded 1/0 nrs30 0",
                "opioids below 50 MME/day 1/1 nrs30 1", "opioids 50–89 MME/day 1/1 nrs30 0",
                "opioids 90+ MME/day 1/1 nrs30 1", "opioids not recorded 1/0 nrs30 0"), groups,
                "PCS 30 is catastrophizing, 29 is not; bands in their clinical order, unrecorded last");
    }

    @Test
    void anEmptyCohortHasNoShares() {
        RegistryFigures.Figures f = RegistryFigures.of(List.of(), Map.of());
        assertEquals(0, f.cohort());
        assertNull(outcome(f, "nrs30").share().share());
        assertNull(f.painChange());
    }
}
