package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clinical reference, GAD7 row: sum 0–21, bands, MCID 4 points. */
class Gad7Test {

    private final Gad7 gad7 = new Gad7();

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({
        "0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate",
        "15, severe", "21, severe" })
    void bandBoundaries(int total, String band) {
        Score score = gad7.score(AnswerSheets.totalling(total, 7, 3));

        assertEquals(total, score.total(), 1e-9);
        assertEquals(band, score.band());
    }

    @Test
    void anIncompleteFormIsNotScored() {
        Score score = gad7.score(AnswerSheets.numbered(3, 3, 3, 3, 3, 3));

        assertFalse(score.valid());
        assertTrue(score.message().contains("missing: 7"), score.message());
    }

    @Test
    void anEighthItemIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> gad7.score(Answers.of(Map.of("8", 1))));

        assertEquals(List.of(new FieldError("answers.8", "is not an item of GAD7")), e.errors());
    }

    @Test
    void mcidIsFourPoints() {
        Mcid mcid = gad7.mcid().orElseThrow();

        assertTrue(mcid.reached(10, 6));
        assertFalse(mcid.reached(10, 7));
    }
}
