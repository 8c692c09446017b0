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

/** Clinical reference, PCS row: sum 0–52, subscales by item, total ≥30 clinically relevant, no MCID. */
class PainCatastrophizingScaleTest {

    private final PainCatastrophizingScale pcs = new PainCatastrophizingScale();

    @Test
    void subscalesAddTheirOwnItems() {
        // helplessness items 1–5 and 12 answer 1, magnification items 6, 7, 13 answer 2,
        // rumination items 8–11 answer 4: each subscale can only come out right from its own items
        Score score = pcs.score(AnswerSheets.numbered(1, 1, 1, 1, 1, 2, 2, 4, 4, 4, 4, 1, 2));

        assertEquals(16, score.subscales().get("rumination"), 1e-9);
        assertEquals(6, score.subscales().get("magnification"), 1e-9);
        assertEquals(6, score.subscales().get("helplessness"), 1e-9);
        assertEquals(28, score.total(), 1e-9);
        assertEquals(List.of("rumination", "magnification", "helplessness"), List.copyOf(score.subscales().keySet()));
    }

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({
        "0, below clinical threshold", "29, below clinical threshold",
        "30, clinically relevant catastrophizing", "52, clinically relevant catastrophizing" })
    void thresholdIsThirty(int total, String band) {
        Score score = pcs.score(AnswerSheets.totalling(total, 13, 4));

        assertEquals(total, score.total(), 1e-9);
        assertEquals(band, score.band());
    }

    @Test
    void anIncompleteFormIsNotScored() {
        Score score = pcs.score(AnswerSheets.numbered(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, null));

        assertFalse(score.valid());
        assertTrue(score.message().contains("missing: 13"), score.message());
    }

    @Test
    void aFiveIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> pcs.score(Answers.of(Map.of("13", 5))));

        assertEquals(List.of(new FieldError("answers.13", "must be between 0 and 4")), e.errors());
    }

    @Test
    void hasNoMcid() {
        assertTrue(pcs.mcid().isEmpty());
    }
}
