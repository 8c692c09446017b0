package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Clinical reference, PEG row: mean of the 3 items, no bands, MCID 30 % reduction. */
class PegTest {

    private final Peg peg = new Peg();

    @Test
    void scoreIsTheMeanOfTheThreeItemsToOneDecimal() {
        Score score = peg.score(AnswerSheets.numbered(7, 6, 6));

        assertTrue(score.valid());
        assertEquals(6.3, score.total(), 1e-9, "19/3");
        assertNull(score.band());
        assertNull(score.percent());
    }

    @Test
    void anIncompleteFormIsNotScored() {
        Score score = peg.score(AnswerSheets.numbered(7, null, 6));

        assertFalse(score.valid());
        assertTrue(score.message().contains("missing: 2"), score.message());
    }

    @Test
    void anElevenIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> peg.score(Answers.of(Map.of("1", 11))));

        assertEquals(List.of(new FieldError("answers.1", "must be between 0 and 10")), e.errors());
    }

    @Test
    void mcidIsAThirtyPercentReduction() {
        Mcid mcid = peg.mcid().orElseThrow();

        assertEquals(Mcid.Kind.PERCENT_REDUCTION, mcid.kind());
        assertTrue(mcid.reached(10.0, 7.0), "exactly 30 %");
        assertFalse(mcid.reached(10.0, 7.01), "29.9 %");
    }

    @Test
    void displayRoundingDoesNotMoveAThirtyPercentFall() {
        Score before = peg.score(AnswerSheets.numbered(7, 7, 6));
        Score after = peg.score(AnswerSheets.numbered(5, 5, 4));

        assertEquals(6.7, before.total(), 1e-9);
        assertEquals(4.7, after.total(), 1e-9);
        assertFalse(peg.mcid().orElseThrow().reached(6.7, 4.7), "as shown: 29.9 %");
        assertTrue(peg.mcid().orElseThrow().reached(peg.changeMetric(before), peg.changeMetric(after)),
                "20/3 → 14/3 is exactly 30 %");
    }
}
