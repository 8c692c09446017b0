package org.algos.diagnosis.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 1, 9, 0);

    private static Assessment stored(String code, int day, Map<String, Integer> answers) {
        Instrument instrument = InstrumentCatalogue.find(code).orElseThrow();
        Answers given = new Answers(answers, null);
        return new Assessment(null, 1, instrument, given, instrument.score(given), T0.plusDays(day), "dr.lee", T0);
    }

    private static Map<String, Integer> odi(int answered, int value) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 1; i <= answered; i++) {
            answers.put(String.valueOf(i), value);
        }
        return answers;
    }

    private static List<Assessments.TrendPoint> trend(String code, Assessment... oldestFirst) {
        return Assessments.trend(InstrumentCatalogue.find(code).orElseThrow().mcid(), List.of(oldestFirst));
    }

    @Test
    void theBaselineIsTheFirstValidAssessmentAndInvalidOnesCarryNoChange() {
        List<Assessments.TrendPoint> points = trend("ODI",
                stored("ODI", 0, odi(8, 3)),    // 8 of 10 sections: cannot be scored
                stored("ODI", 10, odi(10, 3)),  // 60 %: the baseline
                stored("ODI", 40, odi(10, 2))); // 40 %: 20 points better
        assertFalse(points.get(0).baseline());
        assertNull(points.get(0).changeFromBaseline());
        assertTrue(points.get(1).baseline());
        assertEquals(0.0, points.get(1).changeFromBaseline());
        assertEquals(-20.0, points.get(2).changeFromBaseline());
        assertTrue(points.get(2).mcidReached());
    }

    @Test
    void worseningNeverReachesTheMcid() {
        List<Assessments.TrendPoint> points = trend("ODI", stored("ODI", 0, odi(10, 1)), stored("ODI", 30, odi(10, 3)));
        assertEquals(40.0, points.get(1).changeFromBaseline());
        assertFalse(points.get(1).mcidReached());
    }

    @Test
    void pegNeedsAThirtyPercentReduction() {
        Map<String, Integer> baseline = Map.of("1", 6, "2", 6, "3", 6);
        Map<String, Integer> thirty = Map.of("1", 5, "2", 4, "3", 4);   // 6.0 → 4.33: 27.8 %, not reached
        Map<String, Integer> half = Map.of("1", 3, "2", 3, "3", 3);     // 6.0 → 3.0: 50 %, reached
        List<Assessments.TrendPoint> points = trend("PEG", stored("PEG", 0, baseline), stored("PEG", 14, thirty),
                stored("PEG", 28, half));
        assertFalse(points.get(1).mcidReached());
        assertTrue(points.get(2).mcidReached());
    }

    @Test
    void instrumentsWithoutAnMcidNeverReachOne() {
        Map<String, Integer> high = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        for (int i = 1; i <= 13; i++) {
            high.put(String.valueOf(i), 4);
            low.put(String.valueOf(i), 0);
        }
        List<Assessments.TrendPoint> points = trend("PCS", stored("PCS", 0, high), stored("PCS", 30, low));
        assertEquals(-52.0, points.get(1).changeFromBaseline());
        assertFalse(points.get(1).mcidReached(), "the clinical reference gives PCS no MCID");
    }
}
