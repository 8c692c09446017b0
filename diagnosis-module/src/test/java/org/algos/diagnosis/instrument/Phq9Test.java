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

/** Clinical reference, PHQ9 row: sum 0–27, bands, item 9 safety alert, MCID 5 points. */
class Phq9Test {

    private static final String ALERT =
            "PHQ-9 item 9 (thoughts of self-harm) answered above 0: assess suicide risk today";

    private final Phq9 phq9 = new Phq9();

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({
        "0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate",
        "15, moderately severe", "19, moderately severe", "20, severe", "27, severe" })
    void bandBoundaries(int total, String band) {
        Score score = phq9.score(AnswerSheets.totalling(total, 9, 3));

        assertEquals(total, score.total(), 1e-9);
        assertEquals(band, score.band());
    }

    @Test
    void itemNineAtOneRaisesTheSafetyAlertEvenWithALowTotal() {
        Score score = phq9.score(AnswerSheets.numbered(0, 0, 0, 0, 0, 0, 0, 0, 1));

        assertEquals(1, score.total(), 1e-9);
        assertEquals("minimal", score.band());
        assertEquals(List.of(ALERT), score.alerts());
    }

    @Test
    void itemNineAtZeroRaisesNoAlertEvenWithAHighTotal() {
        Score score = phq9.score(AnswerSheets.numbered(3, 3, 3, 3, 3, 3, 3, 3, 0));

        assertEquals("severe", score.band());
        assertTrue(score.alerts().isEmpty());
    }

    @Test
    void anIncompleteFormIsNotScoredButStillRaisesTheAlert() {
        Score score = phq9.score(AnswerSheets.numbered(1, 1, null, 1, 1, 1, 1, 1, 2));

        assertFalse(score.valid());
        assertTrue(score.message().contains("missing: 3"), score.message());
        assertEquals(List.of(ALERT), score.alerts());
    }

    @Test
    void aFourIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> phq9.score(Answers.of(Map.of("9", 4))));

        assertEquals(List.of(new FieldError("answers.9", "must be between 0 and 3")), e.errors());
    }

    @Test
    void mcidIsFivePoints() {
        Mcid mcid = phq9.mcid().orElseThrow();

        assertTrue(mcid.reached(14, 9));
        assertFalse(mcid.reached(14, 10));
    }
}
