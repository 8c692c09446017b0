package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clinical reference, BPI row: severity, interference (≥4 of 7), band from worst, MCID 1 point (IMMPACT). */
class BriefPainInventoryTest {

    private final BriefPainInventory bpi = new BriefPainInventory();

    private static Map<String, Integer> intensity(int worst, int least, int average, int now) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("worst", worst);
        answers.put("least", least);
        answers.put("average", average);
        answers.put("now", now);
        return answers;
    }

    private static Map<String, Integer> withInterference(Map<String, Integer> answers, int... values) {
        List<String> keys = List.of("generalActivity", "mood", "walkingAbility", "normalWork", "relations",
                "sleep", "enjoymentOfLife");
        for (int i = 0; i < values.length; i++) {
            answers.put(keys.get(i), values[i]);
        }
        return answers;
    }

    @Test
    void severityIsTheMeanOfTheFourIntensityItemsAndInterferenceTheMeanOfTheSeven() {
        Score score = bpi.score(Answers.of(withInterference(intensity(8, 2, 5, 4), 6, 5, 7, 8, 3, 4, 2)));

        assertTrue(score.valid());
        assertEquals(4.8, score.subscales().get("severity"), 1e-9, "(8+2+5+4)/4 = 4.75, shown 4.8");
        assertEquals(5.0, score.subscales().get("interference"), 1e-9, "35/7");
        assertEquals(4.8, score.total(), 1e-9, "total carries the severity mean");
        assertEquals("severe", score.band(), "worst 8");
        assertNull(score.percent());
        assertNull(score.message());
    }

    @ParameterizedTest(name = "worst {0} → {1}")
    @CsvSource({ "0, none", "1, mild", "4, mild", "5, moderate", "6, moderate", "7, severe", "10, severe" })
    void bandIsReadFromWorstPain(int worst, String band) {
        Score score = bpi.score(Answers.of(intensity(worst, 0, 0, 0)));

        assertEquals(band, score.band());
    }

    @Test
    void aMissingIntensityItemMakesTheScoreInvalid() {
        Map<String, Integer> answers = withInterference(intensity(8, 2, 5, 4), 6, 5, 7, 8, 3, 4, 2);
        answers.remove("least");

        Score score = bpi.score(Answers.of(answers));

        assertFalse(score.valid());
        assertNull(score.band());
        assertTrue(score.subscales().isEmpty());
        assertTrue(score.message().contains("least"), score.message());
        assertThrows(IllegalArgumentException.class, () -> bpi.changeMetric(score));
    }

    @Test
    void threeOfSevenInterferenceItemsLeaveInterferenceOutWithAMessage() {
        Score score = bpi.score(Answers.of(withInterference(intensity(6, 2, 4, 4), 9, 9, 9)));

        assertTrue(score.valid(), "severity still stands");
        assertEquals(4.0, score.subscales().get("severity"), 1e-9);
        assertFalse(score.subscales().containsKey("interference"));
        assertTrue(score.message().contains("3 of 7"), score.message());
    }

    @Test
    void fourOfSevenInterferenceItemsAreEnoughAndAveragedOverThoseAnswered() {
        Score score = bpi.score(Answers.of(withInterference(intensity(6, 2, 4, 4), 9, 8, 7, 5)));

        assertEquals(7.3, score.subscales().get("interference"), 1e-9, "29/4 = 7.25, shown 7.3");
        assertNull(score.message());
    }

    @Test
    void trendsCompareInterferenceAndFallBackToSeverityWithoutIt() {
        Score full = bpi.score(Answers.of(withInterference(intensity(8, 2, 5, 4), 6, 5, 7, 8, 3, 4, 2)));
        Score noInterference = bpi.score(Answers.of(withInterference(intensity(8, 2, 5, 4), 6)));

        assertEquals(5.0, bpi.changeMetric(full), 1e-9);
        assertEquals(4.8, bpi.changeMetric(noInterference), 1e-9);
    }

    @Test
    void mcidIsOnePointOnInterference() {
        Mcid mcid = bpi.mcid().orElseThrow();

        assertTrue(mcid.reached(5.0, 4.0), "exactly 1 point");
        assertTrue(mcid.reached(4.1, 3.1), "1 point between one-decimal means");
        assertFalse(mcid.reached(5.0, 4.1), "0.9 point");
        assertTrue(mcid.source().contains("IMMPACT"));
    }

    @Test
    void anElevenAndANegativeAnswerAreRejectedByName() {
        Map<String, Integer> answers = intensity(11, 0, 0, 0);
        answers.put("sleep", -1);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> bpi.score(Answers.of(answers)));

        assertTrue(e.errors().contains(new FieldError("answers.worst", "must be between 0 and 10")));
        assertTrue(e.errors().contains(new FieldError("answers.sleep", "must be between 0 and 10")));
    }

    @Test
    void numberedKeysAreNotBpiItems() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bpi.score(AnswerSheets.numbered(5)));

        assertEquals(List.of(new FieldError("answers.1", "is not an item of BPI")), e.errors());
    }
}
