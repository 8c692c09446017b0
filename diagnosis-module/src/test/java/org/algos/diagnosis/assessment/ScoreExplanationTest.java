package org.algos.diagnosis.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.junit.jupiter.api.Test;

class ScoreExplanationTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 5, 9, 0);

    /** A stored result whose numbered items add up to {@code total}, filled from item 1 at each item's maximum. */
    private static Assessment totalling(String code, int total) {
        Instrument instrument = InstrumentCatalogue.find(code).orElseThrow();
        Map<String, Integer> answers = new LinkedHashMap<>();
        int left = total;
        for (Item item : instrument.items()) {
            int value = Math.min(item.max(), left);
            answers.put(item.key(), value);
            left -= value;
        }
        if (left > 0) {
            throw new IllegalArgumentException(total + " does not fit " + code);
        }
        return stored(instrument, answers);
    }

    private static Assessment stored(Instrument instrument, Map<String, Integer> answers) {
        Answers given = new Answers(answers, null);
        return new Assessment(null, 1, instrument, given, instrument.score(given), T0, "pat.doe", T0);
    }

    private static Assessment stored(String code, Map<String, Integer> answers) {
        return stored(InstrumentCatalogue.find(code).orElseThrow(), answers);
    }

    @Test
    void anOdiFallBeyondTheMcidIsAMeaningfulImprovement() {
        // 23 of 50 = 46 %, 15 of 50 = 30 %
        assertEquals("Your ODI went from 46 % to 30 %: 16 points better, more than the 10 points that counts as a"
                + " meaningful improvement.", ScoreExplanation.change(totalling("ODI", 23), totalling("ODI", 15)));
    }

    @Test
    void aFallOfExactlyTheMcidCountsAndSaysSo() {
        assertEquals("Your PHQ-9 went from 12 to 7: 5 points better, exactly the 5 points that counts as a"
                + " meaningful improvement.", ScoreExplanation.change(totalling("PHQ9", 12), totalling("PHQ9", 7)));
        assertEquals("Your ODI went from 40 % to 30 %: 10 points better, exactly the 10 points that counts as a"
                + " meaningful improvement.", ScoreExplanation.change(totalling("ODI", 20), totalling("ODI", 15)));
    }

    @Test
    void aFallJustBelowTheMcidIsNotYetMeaningful() {
        assertEquals("Your PHQ-9 went from 12 to 8: 4 points better, less than the 5 points that counts as a"
                + " meaningful improvement.", ScoreExplanation.change(totalling("PHQ9", 12), totalling("PHQ9", 8)));
        assertEquals("Your GAD-7 went from 10 to 7: 3 points better, less than the 4 points that counts as a"
                + " meaningful improvement.", ScoreExplanation.change(totalling("GAD7", 10), totalling("GAD7", 7)));
    }

    @Test
    void theNdiMcidOfSevenAndAHalfRawPoints() {
        assertTrue(ScoreExplanation.change(totalling("NDI", 24), totalling("NDI", 16))
                .endsWith("8 points better, more than the 7.5 points that counts as a meaningful improvement."));
        assertTrue(ScoreExplanation.change(totalling("NDI", 24), totalling("NDI", 17))
                .endsWith("7 points better, less than the 7.5 points that counts as a meaningful improvement."));
    }

    @Test
    void thePegMcidIsAThirtyPercentFall() {
        // sums 20 → 14 is exactly 30 %; 20 → 15 is 25 %
        assertEquals("Your PEG went from 6.7 to 4.7: 30 % lower, exactly the 30 % fall that counts as a meaningful"
                + " improvement.", ScoreExplanation.change(totalling("PEG", 20), totalling("PEG", 14)));
        assertEquals("Your PEG went from 6.7 to 5: 25 % lower, less than the 30 % fall that counts as a meaningful"
                + " improvement.", ScoreExplanation.change(totalling("PEG", 20), totalling("PEG", 15)));
    }

    @Test
    void theBpiIsComparedOnInterferenceWithItsOnePointMcid() {
        Map<String, Integer> before = bpi(8, 6);
        Map<String, Integer> after = bpi(6, 5);
        assertEquals("Your BPI score for how much pain gets in the way of daily life went from 6 to 5: 1 point"
                + " better, exactly the 1 point that counts as a meaningful improvement.",
                ScoreExplanation.change(stored("BPI", before), stored("BPI", after)));
        assertEquals("The average of your four pain ratings on the BPI is 5.5 out of 10. Your worst pain was 8 out"
                + " of 10, which the questionnaire calls \"severe\" (7 to 10). Lower scores are better.",
                ScoreExplanation.score(stored("BPI", before)));
    }

    private static Map<String, Integer> bpi(int worst, int interference) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("worst", worst);
        answers.put("least", 3);
        answers.put("average", 5);
        answers.put("now", 6);
        for (String key : new String[] {"generalActivity", "mood", "walkingAbility", "normalWork", "relations",
                "sleep", "enjoymentOfLife"}) {
            answers.put(key, interference);
        }
        return answers;
    }

    @Test
    void aWorseResultIsSaidPlainlyAndPointsToTheTeam() {
        String text = ScoreExplanation.change(totalling("ODI", 15), totalling("ODI", 20));
        assertEquals("Your ODI went from 30 % to 40 %: 10 points higher. A higher score means more difficulty than at"
                + " the start; your care team sees your results too and can talk them through with you.", text);
    }

    @Test
    void withoutAnMcidTheChangeIsGivenWithoutAVerdict() {
        String text = ScoreExplanation.change(totalling("PCS", 32), totalling("PCS", 25));
        assertTrue(text.startsWith("Your PCS went from 32 to 25: 7 points better."), text);
        assertTrue(text.contains("no agreed size for a meaningful change"), text);
    }

    @Test
    void theFirstResultAndAnUnchangedOne() {
        Assessment first = totalling("PHQ9", 9);
        assertEquals("This is your first PHQ-9; later ones will be compared with it.",
                ScoreExplanation.change(first, first));
        assertEquals("Your PHQ-9 is the same as at your first result (9).",
                ScoreExplanation.change(first, totalling("PHQ9", 9)));
    }

    @Test
    void theScoreNamesTheBandAndItsRange() {
        assertEquals("Your ODI score is 30 %. That is in the range the questionnaire calls \"moderate\""
                + " (above 20 % up to 40 %). Lower scores are better.", ScoreExplanation.score(totalling("ODI", 15)));
        assertEquals("Your NDI score is 18 out of 50 (36 %). That is in the range the questionnaire calls \"moderate\""
                + " (15 to 24). Lower scores are better.", ScoreExplanation.score(totalling("NDI", 18)));
        assertEquals("Your PEG score is 5 out of 10. Lower scores are better.",
                ScoreExplanation.score(totalling("PEG", 15)));
    }

    @Test
    void aPhq9WithItemNineAnsweredIsExplainedWithoutTheSafetyAlert() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put(String.valueOf(i), i == 9 ? 2 : 1);
        }
        Assessment result = stored("PHQ9", answers);
        assertFalse(result.alerts().isEmpty(), "the chart gets its alert");
        String text = ScoreExplanation.score(result) + " " + ScoreExplanation.change(totalling("PHQ9", 12), result);
        assertEquals("Your PHQ-9 score is 10 out of 27. That is in the range the questionnaire calls \"moderate\""
                + " (10 to 14). Lower scores are better.", ScoreExplanation.score(result));
        assertFalse(text.toLowerCase().contains("harm") || text.toLowerCase().contains("suicid")
                || text.toLowerCase().contains("alert"), text);
    }

    @Test
    void anIncompleteFormIsNotScored() {
        Map<String, Integer> answers = Map.of("1", 2, "2", 1);
        Assessment result = stored("PHQ9", answers);
        assertEquals("This PHQ-9 could not be scored because too few questions were answered.",
                ScoreExplanation.score(result));
        assertTrue(ScoreExplanation.change(totalling("PHQ9", 12), result).startsWith("Once you have two complete"));
    }

    /** The ranges the patient reads are the ranges the instruments score by, edge to edge. */
    @Test
    void theBandRangesAgreeWithTheInstrumentsScoring() {
        assertBands("PHQ9", Map.of(0, "minimal", 4, "minimal", 5, "mild", 9, "mild", 10, "moderate", 14, "moderate",
                15, "moderately severe", 19, "moderately severe", 20, "severe", 27, "severe"));
        assertBands("GAD7", Map.of(0, "minimal", 4, "minimal", 5, "mild", 9, "mild", 10, "moderate", 14, "moderate",
                15, "severe", 21, "severe"));
        assertBands("NDI", Map.of(4, "none", 5, "mild", 14, "mild", 15, "moderate", 24, "moderate", 25, "severe",
                34, "severe", 35, "complete", 50, "complete"));
        // ODI: sums of 10 sections; 10 of 50 = 20 %, 11 = 22 %
        assertBands("ODI", Map.of(10, "minimal", 11, "moderate", 20, "moderate", 21, "severe", 30, "severe",
                31, "crippled", 40, "crippled", 41, "bed-bound"));
        assertBands("PCS", Map.of(29, "below clinical threshold", 30, "clinically relevant catastrophizing"));
        for (String code : ScoreExplanation.GUIDES.keySet()) {
            assertTrue(InstrumentCatalogue.find(code).isPresent(), code);
        }
    }

    private static void assertBands(String code, Map<Integer, String> expected) {
        ScoreExplanation.Guide guide = ScoreExplanation.GUIDES.get(code);
        expected.forEach((total, band) -> {
            Assessment result = totalling(code, total);
            assertEquals(band, result.band(), code + " " + total);
            assertTrue(guide.bands().stream().anyMatch(b -> b.name().equals(band)), code + " explains " + band);
            assertTrue(ScoreExplanation.score(result).contains("\"" + band + "\""), ScoreExplanation.score(result));
        });
    }
}
