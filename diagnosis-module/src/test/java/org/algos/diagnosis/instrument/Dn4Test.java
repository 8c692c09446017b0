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

/** Clinical reference, DN4 row: 10 yes/no items, one point per yes, ≥4 neuropathic pain likely. */
class Dn4Test {

    private final Dn4 dn4 = new Dn4();

    @ParameterizedTest(name = "{0} yes → {1}")
    @CsvSource({
        "0, neuropathic pain unlikely", "3, neuropathic pain unlikely",
        "4, neuropathic pain likely", "10, neuropathic pain likely" })
    void fourOrMoreYesMeansNeuropathicPainLikely(int yes, String band) {
        Score score = dn4.score(AnswerSheets.totalling(yes, 10, 1));

        assertEquals(yes, score.total(), 1e-9);
        assertEquals(band, score.band());
    }

    @Test
    void examinationItemsCountLikeInterviewItems() {
        Score score = dn4.score(AnswerSheets.numbered(1, 0, 0, 0, 0, 0, 0, 1, 1, 1));

        assertEquals(4, score.total(), 1e-9);
        assertEquals("neuropathic pain likely", score.band());
    }

    @Test
    void anUnaskedExaminationIsNotScored() {
        Score score = dn4.score(AnswerSheets.numbered(1, 1, 1, 1, 0, 0, 0));

        assertFalse(score.valid());
        assertTrue(score.message().contains("missing: 8, 9, 10"), score.message());
    }

    @Test
    void yesIsOneNotTwo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> dn4.score(Answers.of(Map.of("1", 2))));

        assertEquals(List.of(new FieldError("answers.1", "must be between 0 and 1")), e.errors());
    }
}
