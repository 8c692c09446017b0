package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clinical reference, ODI row: percent of the answered maximum, ≥9 sections, bands, MCID 10 points (Ostelo 2008). */
class OswestryDisabilityIndexTest {

    private final OswestryDisabilityIndex odi = new OswestryDisabilityIndex();

    @Test
    void sixteenOfFortyFiveWithOneSectionMissingIs35Point6Percent() {
        Score score = odi.score(AnswerSheets.numbered(2, 2, 2, 2, 2, 2, 2, 1, 1, null));

        assertTrue(score.valid());
        assertEquals(16, score.total(), 1e-9);
        assertEquals(35.6, score.percent(), 1e-9);
        assertEquals("moderate", score.band());
        assertTrue(score.message().contains("9 of 10"), score.message());
    }

    @Test
    void withAllTenSectionsThePercentIsTheSumTimesTwo() {
        Score score = odi.score(AnswerSheets.numbered(2, 2, 2, 2, 2, 2, 2, 1, 1, 0));

        assertEquals(32.0, score.percent(), 1e-9);
        assertNull(score.message());
    }

    @ParameterizedTest(name = "sum {0} of 50 → {1} % {2}")
    @CsvSource({
        "0, 0.0, minimal", "10, 20.0, minimal", "11, 22.0, moderate",
        "20, 40.0, moderate", "21, 42.0, severe",
        "30, 60.0, severe", "31, 62.0, crippled",
        "40, 80.0, crippled", "41, 82.0, bed-bound", "50, 100.0, bed-bound" })
    void bandBoundaries(int sum, double percent, String band) {
        Score score = odi.score(AnswerSheets.totalling(sum, 10, 5));

        assertEquals(percent, score.percent(), 1e-9);
        assertEquals(band, score.band());
    }

    @ParameterizedTest(name = "sum {0} of 45 → {1} % {2}")
    @CsvSource({ "9, 20.0, minimal", "10, 22.2, moderate", "18, 40.0, moderate", "19, 42.2, severe" })
    void bandBoundariesWithOneSectionMissing(int sum, double percent, String band) {
        Score score = odi.score(AnswerSheets.totalling(sum, 9, 5));

        assertEquals(percent, score.percent(), 1e-9);
        assertEquals(band, score.band());
    }

    @Test
    void eightSectionsAnsweredCannotBeScored() {
        Score score = odi.score(AnswerSheets.numbered(2, 2, 2, 2, 2, 2, 2, 2, null, null));

        assertFalse(score.valid());
        assertNull(score.percent());
        assertNull(score.band());
        assertTrue(score.message().contains("8 answered"), score.message());
    }

    @Test
    void aNullAnswerCountsAsUnanswered() {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put(String.valueOf(i), 1);
        }
        answers.put("9", null);
        answers.put("10", null);

        assertFalse(odi.score(Answers.of(answers)).valid());
    }

    @Test
    void everyWrongAnswerIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> odi.score(Answers.of(Map.of("1", 6, "2", -1, "11", 0))));

        assertEquals(3, e.errors().size());
        assertTrue(e.errors().contains(new FieldError("answers.1", "must be between 0 and 5")));
        assertTrue(e.errors().contains(new FieldError("answers.2", "must be between 0 and 5")));
        assertTrue(e.errors().contains(new FieldError("answers.11", "is not an item of ODI")));
    }

    @Test
    void mcidIsTenPercentagePointsOnThePercent() {
        Mcid mcid = odi.mcid().orElseThrow();
        Score before = odi.score(AnswerSheets.totalling(22, 10, 5));
        Score after = odi.score(AnswerSheets.totalling(17, 10, 5));

        assertEquals(44.0, odi.changeMetric(before), 1e-9);
        assertTrue(mcid.reached(odi.changeMetric(before), odi.changeMetric(after)), "44 % → 34 %: exactly 10");
        assertTrue(mcid.reached(16.4, 6.4), "exactly 10 between one-decimal percents");
        assertFalse(mcid.reached(44.0, 34.1), "9.9 points");
        assertEquals(Mcid.Kind.POINTS, mcid.kind());
    }
}
