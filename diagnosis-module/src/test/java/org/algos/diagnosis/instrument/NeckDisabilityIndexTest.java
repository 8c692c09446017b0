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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clinical reference, NDI row: raw 0–50, percent = raw × 2, missing as for ODI, bands on raw, MCID 7.5 raw points. */
class NeckDisabilityIndexTest {

    private final NeckDisabilityIndex ndi = new NeckDisabilityIndex();

    @ParameterizedTest(name = "raw {0} → {1}")
    @CsvSource({
        "0, none", "4, none", "5, mild", "14, mild", "15, moderate", "24, moderate",
        "25, severe", "34, severe", "35, complete", "50, complete" })
    void bandBoundariesOnTheRawScore(int raw, String band) {
        Score score = ndi.score(AnswerSheets.totalling(raw, 10, 5));

        assertEquals(raw, score.total(), 1e-9);
        assertEquals(raw * 2.0, score.percent(), 1e-9);
        assertEquals(band, score.band());
    }

    @Test
    void withOneItemMissingThePercentIsOfTheAnsweredMaximumAndTheBandOfTheProratedRawScore() {
        Score score = ndi.score(AnswerSheets.numbered(2, 2, 2, 2, 2, 2, 1, 1, null, 0));

        assertTrue(score.valid());
        assertEquals(14, score.total(), 1e-9, "raw sum of the 9 items answered");
        assertEquals(31.1, score.percent(), 1e-9, "14/45");
        assertEquals("moderate", score.band(), "prorated raw 15.6, not the raw 14 that would read mild");
        assertEquals(15.55, ndi.changeMetric(score), 1e-9, "trends compare the prorated raw score");
    }

    @Test
    void eightItemsAnsweredCannotBeScored() {
        Score score = ndi.score(AnswerSheets.numbered(1, 1, 1, 1, 1, 1, 1, 1));

        assertFalse(score.valid());
        assertNull(score.band());
    }

    @Test
    void aSixIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ndi.score(Answers.of(Map.of("5", 6))));

        assertEquals(List.of(new FieldError("answers.5", "must be between 0 and 5")), e.errors());
    }

    @Test
    void trendsCompareRawPointsAgainstAnMcidOf7Point5() {
        Mcid mcid = ndi.mcid().orElseThrow();
        Score before = ndi.score(AnswerSheets.totalling(20, 10, 5));
        Score after = ndi.score(AnswerSheets.totalling(12, 10, 5));
        Score lessAfter = ndi.score(AnswerSheets.totalling(13, 10, 5));

        assertEquals(20, ndi.changeMetric(before), 1e-9, "raw points, not percent");
        assertTrue(mcid.reached(ndi.changeMetric(before), ndi.changeMetric(after)), "8 points");
        assertFalse(mcid.reached(ndi.changeMetric(before), ndi.changeMetric(lessAfter)), "7 points");
        assertTrue(mcid.reached(20, 12.5), "exactly 7.5 points");
    }
}
