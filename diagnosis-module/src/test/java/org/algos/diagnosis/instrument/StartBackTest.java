package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clinical reference, STARTBACK row: items 1–8 agree = 1, item 9 counts at 3 or 4, psychosocial
 * items 5–9; total ≤3 low, psychosocial ≥4 high, otherwise medium.
 */
class StartBackTest {

    private final StartBack startBack = new StartBack();

    @ParameterizedTest(name = "bothersomeness {0} counts {1}")
    @CsvSource({ "0, 0", "2, 0", "3, 1", "4, 1" })
    void bothersomenessCountsOnlyAtVeryMuchOrExtremely(int bothersomeness, int counted) {
        Score score = startBack.score(AnswerSheets.numbered(0, 0, 0, 0, 0, 0, 0, 0, bothersomeness));

        assertEquals(counted, score.total(), 1e-9);
        assertEquals(counted, score.subscales().get("psychosocial"), 1e-9);
    }

    @Test
    void totalThreeIsLowRiskEvenWhenAllThreeArePsychosocial() {
        Score score = startBack.score(AnswerSheets.numbered(0, 0, 0, 0, 1, 1, 1, 0, 0));

        assertEquals(3, score.total(), 1e-9);
        assertEquals(3, score.subscales().get("psychosocial"), 1e-9);
        assertEquals("low risk", score.band());
    }

    @Test
    void totalFourWithPsychosocialThreeIsMediumRisk() {
        Score score = startBack.score(AnswerSheets.numbered(1, 0, 0, 0, 1, 1, 1, 0, 0));

        assertEquals(4, score.total(), 1e-9);
        assertEquals("medium risk", score.band());
    }

    @Test
    void psychosocialFourIsHighRisk() {
        Score score = startBack.score(AnswerSheets.numbered(0, 0, 0, 0, 1, 1, 1, 0, 3));

        assertEquals(4, score.total(), 1e-9);
        assertEquals(4, score.subscales().get("psychosocial"), 1e-9);
        assertEquals("high risk", score.band());
    }

    @Test
    void physicalItemsAloneStayMediumRiskAtAnyTotal() {
        Score score = startBack.score(AnswerSheets.numbered(1, 1, 1, 1, 1, 1, 1, 0, 2));

        assertEquals(7, score.total(), 1e-9);
        assertEquals(3, score.subscales().get("psychosocial"), 1e-9);
        assertEquals("medium risk", score.band());
    }

    @Test
    void allAgreedAndExtremelyBothersomeIsNineAndHighRisk() {
        Score score = startBack.score(AnswerSheets.numbered(1, 1, 1, 1, 1, 1, 1, 1, 4));

        assertEquals(9, score.total(), 1e-9);
        assertEquals(5, score.subscales().get("psychosocial"), 1e-9);
        assertEquals("high risk", score.band());
    }

    @Test
    void anIncompleteFormIsNotScored() {
        assertFalse(startBack.score(AnswerSheets.numbered(1, 1, 1, 1, 1, 1, 1, 1)).valid());
    }

    @Test
    void agreeItemsAreZeroOrOneAndBothersomenessZeroToFour() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> startBack.score(Answers.of(Map.of("1", 2, "9", 5))));

        assertEquals(2, e.errors().size());
        assertTrue(e.errors().contains(new FieldError("answers.1", "must be between 0 and 1")));
        assertTrue(e.errors().contains(new FieldError("answers.9", "must be between 0 and 4")));
    }

    @Test
    void hasNoMcid() {
        assertTrue(startBack.mcid().isEmpty());
    }
}
