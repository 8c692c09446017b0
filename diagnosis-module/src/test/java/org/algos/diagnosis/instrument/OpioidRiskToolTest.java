package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Clinical reference, ORT row and points table (Webster 2005): points by sex, 0–3 low, 4–7 moderate, ≥8 high. */
class OpioidRiskToolTest {

    private final OpioidRiskTool ort = new OpioidRiskTool();

    private static Answers present(Sex sex, String... factors) {
        Map<String, Integer> answers = new HashMap<>();
        for (String factor : factors) {
            answers.put(factor, 1);
        }
        return new Answers(answers, sex);
    }

    private Score score(Sex sex, String... factors) {
        return ort.score(present(sex, factors));
    }

    @ParameterizedTest(name = "{0}: female {1}, male {2}")
    @CsvSource({
        "familyAlcohol, 1, 3", "familyIllegalDrugs, 2, 3", "familyPrescriptionDrugs, 4, 4",
        "personalAlcohol, 3, 3", "personalIllegalDrugs, 4, 4", "personalPrescriptionDrugs, 5, 5",
        "age16to45, 1, 1", "preadolescentSexualAbuse, 3, 0", "psychologicalDisease, 2, 2",
        "depression, 1, 1" })
    void eachFactorScoresItsPointsForEachSex(String factor, int female, int male) {
        assertEquals(female, score(Sex.FEMALE, factor).total(), 1e-9);
        assertEquals(male, score(Sex.MALE, factor).total(), 1e-9);
    }

    @Test
    void noFactorIsZeroAndLowRisk() {
        Score score = score(Sex.FEMALE);

        assertEquals(0, score.total(), 1e-9);
        assertEquals("low risk", score.band());
    }

    @Test
    void familyAlcoholAndAgeAreLowRiskForAWomanAndModerateForAMan() {
        assertEquals(2, score(Sex.FEMALE, "familyAlcohol", "age16to45").total(), 1e-9);
        assertEquals("low risk", score(Sex.FEMALE, "familyAlcohol", "age16to45").band());
        assertEquals(4, score(Sex.MALE, "familyAlcohol", "age16to45").total(), 1e-9);
        assertEquals("moderate risk", score(Sex.MALE, "familyAlcohol", "age16to45").band());
    }

    @Test
    void threeIsLowAndFourModerate() {
        Score woman = score(Sex.FEMALE, "familyIllegalDrugs", "age16to45");
        Score man = score(Sex.MALE, "familyIllegalDrugs", "age16to45");

        assertEquals(3, woman.total(), 1e-9);
        assertEquals("low risk", woman.band());
        assertEquals(4, man.total(), 1e-9);
        assertEquals("moderate risk", man.band());
    }

    @Test
    void sevenIsModerateAndEightHigh() {
        Score woman = score(Sex.FEMALE, "personalPrescriptionDrugs", "familyIllegalDrugs");
        Score man = score(Sex.MALE, "personalPrescriptionDrugs", "familyIllegalDrugs");

        assertEquals(7, woman.total(), 1e-9);
        assertEquals("moderate risk", woman.band());
        assertEquals(8, man.total(), 1e-9);
        assertEquals("high risk", man.band());
    }

    @Test
    void preadolescentSexualAbuseMakesAWomanHighRiskWhereAManStaysModerate() {
        Score woman = score(Sex.FEMALE, "preadolescentSexualAbuse", "personalIllegalDrugs", "depression");
        Score man = score(Sex.MALE, "preadolescentSexualAbuse", "personalIllegalDrugs", "depression");

        assertEquals(8, woman.total(), 1e-9);
        assertEquals("high risk", woman.band());
        assertEquals(5, man.total(), 1e-9);
        assertEquals("moderate risk", man.band());
    }

    @Test
    void everyFactorPresentIs26ForEitherSex() {
        String[] all = ort.items().stream().map(Item::key).toArray(String[]::new);

        assertEquals(26, score(Sex.FEMALE, all).total(), 1e-9);
        assertEquals(26, score(Sex.MALE, all).total(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(value = Sex.class, names = { "OTHER", "UNKNOWN" })
    void otherOrUnknownSexCountsTheHigherPointsAndSaysSo(Sex sex) {
        Score score = score(sex, "familyAlcohol", "preadolescentSexualAbuse");

        assertEquals(6, score.total(), 1e-9, "3 (male) + 3 (female), not 4 or 3");
        assertEquals("moderate risk", score.band());
        assertTrue(score.message().contains("higher of its female and male points"), score.message());
    }

    @Test
    void femaleOrMaleScoresCarryNoNote() {
        assertNull(score(Sex.FEMALE, "familyAlcohol").message());
        assertNull(score(Sex.MALE, "familyAlcohol").message());
    }

    @Test
    void aFactorAnsweredNoCountsNothing() {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("familyAlcohol", 0);
        answers.put("depression", 1);

        assertEquals(1, ort.score(new Answers(answers, Sex.MALE)).total(), 1e-9);
    }

    @Test
    void sexIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ort.score(present(null, "depression")));

        assertEquals(List.of(new FieldError("sex", "is required for ORT (points differ by sex)")), e.errors());
    }

    @Test
    void aFactorIsZeroOrOneAndAMissingSexIsReportedWithIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ort.score(new Answers(Map.of("depression", 2), null)));

        assertEquals(List.of(
                new FieldError("answers.depression", "must be between 0 and 1"),
                new FieldError("sex", "is required for ORT (points differ by sex)")), e.errors());
    }
}
