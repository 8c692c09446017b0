package org.algos.careplan.medication;

import static org.algos.careplan.medication.OpioidDose.oral;
import static org.algos.careplan.medication.OpioidDose.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MmeCalculatorTest {

    private final MmeCalculator calculator = new MmeCalculator();

    private MmeResult calculate(OpioidDose... doses) {
        return calculator.calculate(List.of(doses));
    }

    @ParameterizedTest(name = "{0} {1} mg × {2}/day = {4} MME")
    @CsvSource({
            "oxycodone,     10,  3, 1.5,  45,  below50",
            "hydromorphone,  4,  4, 5,    80,  50to89",
            "methadone,     10,  2, 4.7,  94,  90plus",
            "tramadol,      50,  4, 0.2,  40,  below50",
            "codeine,       30,  4, 0.15, 18,  below50",
            "tapentadol,   100,  2, 0.4,  80,  50to89",
            "oxymorphone,   10,  2, 3,    60,  50to89",
            "hydrocodone,   10,  4, 1,    40,  below50",
            "morphine,      30,  3, 1,    90,  90plus"})
    void eachOralOpioidIsDoseTimesDosesPerDayTimesItsFactor(String drug, double doseMg, double dosesPerDay,
                                                            double factor, double mme, String level) {
        MmeResult result = calculate(oral(drug, doseMg, dosesPerDay));

        assertEquals(mme, result.totalMme());
        assertEquals(level, result.level().code());
        MmeItem item = result.items().get(0);
        assertEquals(new MmeItem(drug, doseMg, dosesPerDay, null, factor, mme, true, null), item);
    }

    @Test
    void aFentanylPatchIsMicrogramsPerHourTimes2Point4() {
        MmeResult result = calculate(patch("fentanyl", 25));

        assertEquals(60.0, result.totalMme());
        assertEquals(MmeLevel.FROM_50_TO_89, result.level());
        MmeItem item = result.items().get(0);
        assertEquals(2.4, item.factor());
        assertEquals(60.0, item.mme());
        assertTrue(item.counted());
        assertTrue(item.note().contains("mcg/hour × 2.4"), item.note());
    }

    @Test
    void aFractionalFactorIsExactSoSixHundredMilligramsOfCodeineIsNinety() {
        assertEquals(MmeLevel.AT_LEAST_90, calculate(oral("codeine", 150, 4)).level());
        assertEquals(90.0, calculate(oral("codeine", 150, 4)).totalMme());
        assertEquals(MmeLevel.FROM_50_TO_89, calculate(oral("tramadol", 50, 5)).level());
        assertEquals(MmeLevel.AT_LEAST_90, calculate(oral("tapentadol", 75, 3)).level());
    }

    @ParameterizedTest(name = "{0} {1} mg × {2}/day = {3} shown, {4}")
    @CsvSource({
            "morphine,   49.9,  1, 49.9, BELOW_50",
            "oxycodone,  33.3,  1, 49.9, BELOW_50",
            "codeine,   333,    1, 49.9, BELOW_50",
            "morphine,   50,    1, 50.0, FROM_50_TO_89",
            "tramadol,  125,    2, 50.0, FROM_50_TO_89",
            "morphine,   89.9,  1, 89.9, FROM_50_TO_89",
            "morphine,   89.99, 1, 89.9, FROM_50_TO_89",
            "oxycodone,  59.99, 1, 89.9, FROM_50_TO_89",
            "morphine,   45,    2, 90.0, AT_LEAST_90",
            "methadone,  19.15, 1, 90.0, AT_LEAST_90"})
    void theLevelChangesAtExactlyFiftyAndNinety(String drug, double doseMg, double dosesPerDay, double shown,
                                                MmeLevel level) {
        MmeResult result = calculate(oral(drug, doseMg, dosesPerDay));

        assertEquals(shown, result.totalMme());
        assertEquals(level, result.level());
    }

    @Test
    void aTotalJustBelowFiftyIsCutNotRoundedSoItNeverReadsAsFifty() {
        MmeResult result = calculate(oral("oxycodone", 33.3, 1));

        assertEquals(49.9, result.totalMme(), "49.95 exactly");
        assertEquals(49.9, result.items().get(0).mme());
        assertEquals(MmeLevel.BELOW_50, result.level());
        assertTrue(result.advice().isEmpty());
    }

    @Test
    void theTotalIsSummedUnroundedThenCut() {
        MmeResult result = calculate(oral("codeine", 5, 1), oral("codeine", 5, 1));

        assertEquals(0.7, result.items().get(0).mme(), "0.75 per line");
        assertEquals(1.5, result.totalMme(), "0.75 + 0.75");
    }

    @Test
    void linesAboveFiftyTogetherReachTheNextLevel() {
        MmeResult result = calculate(oral("oxycodone", 10, 3), oral("tramadol", 25, 1));

        assertEquals(50.0, result.totalMme());
        assertEquals(MmeLevel.FROM_50_TO_89, result.level());
    }

    @Test
    void aMixIsSummedAndEveryLineIsShown() {
        MmeResult result = calculate(
                oral("Oxycodone", 10, 3),
                patch("fentanyl", 12),
                oral("tramadol", 50, 2),
                new OpioidDose("buprenorphine", 8.0, 1.0, null),
                oral("metformin", 500, 2));

        assertEquals(93.8, result.totalMme(), "45 + 28.8 + 20");
        assertEquals(MmeLevel.AT_LEAST_90, result.level());
        assertEquals(List.of("oxycodone", "fentanyl", "tramadol", "buprenorphine", "metformin"),
                result.items().stream().map(MmeItem::drug).toList());
        assertEquals(List.of(true, true, true, false, false),
                result.items().stream().map(MmeItem::counted).toList());
        assertEquals(28.8, result.items().get(1).mme());
        assertEquals(OpioidConversion.SOURCE, result.source());
    }

    @Test
    void buprenorphineIsListedButNotCounted() {
        MmeResult result = calculate(new OpioidDose("buprenorphine", 8.0, 2.0, null), oral("morphine", 20, 2));

        assertEquals(40.0, result.totalMme());
        MmeItem buprenorphine = result.items().get(0);
        assertFalse(buprenorphine.counted());
        assertNull(buprenorphine.factor());
        assertNull(buprenorphine.mme());
        assertEquals(8.0, buprenorphine.doseMg());
        assertTrue(buprenorphine.note().contains("not counted"), buprenorphine.note());
    }

    @Test
    void aBuprenorphinePatchIsAcceptedAndNotCounted() {
        MmeResult result = calculate(patch("buprenorphine", 20));

        assertEquals(0.0, result.totalMme());
        assertEquals(20.0, result.items().get(0).mcgPerHour());
        assertFalse(result.items().get(0).counted());
    }

    @Test
    void anOpioidMissingFromTheTableIsShownAsNotCountedRatherThanDropped() {
        MmeResult result = calculate(oral("levorphanol", 2, 3));

        assertEquals(0.0, result.totalMme());
        MmeItem item = result.items().get(0);
        assertFalse(item.counted());
        assertTrue(item.note().contains("Not in the CDC 2022 conversion table"), item.note());
    }

    @Test
    void theAdviceFollowsTheLevel() {
        assertTrue(calculate(oral("morphine", 10, 2)).advice().isEmpty());
        assertEquals(List.of("50 to 89 MME/day: reassess benefit, offer naloxone."),
                calculate(oral("morphine", 30, 2)).advice());
        assertEquals(List.of("90 MME/day or more: avoid or justify; taper plan."),
                calculate(oral("morphine", 30, 3)).advice());
    }

    @Test
    void anEmptyListIsZeroAndBelowFifty() {
        MmeResult result = calculator.calculate(List.of());

        assertEquals(0.0, result.totalMme());
        assertEquals(MmeLevel.BELOW_50, result.level());
        assertTrue(result.items().isEmpty());
        assertFalse(result.benzodiazepineCoPrescribed());
    }

    @ParameterizedTest
    @EnumSource(Benzodiazepine.class)
    void aBenzodiazepineWithAnOpioidIsFlagged(Benzodiazepine benzodiazepine) {
        MmeResult result = calculate(oral("oxycodone", 5, 2), oral(benzodiazepine.genericName(), 1, 1));

        assertTrue(result.benzodiazepineCoPrescribed());
        assertEquals(15.0, result.totalMme(), "the benzodiazepine is not counted");
        MmeItem item = result.items().get(1);
        assertFalse(item.counted());
        assertTrue(item.note().startsWith("Benzodiazepine"), item.note());
        assertTrue(result.advice().stream().anyMatch(a -> a.contains(benzodiazepine.genericName())), result.advice()::toString);
    }

    @Test
    void theFlagIgnoresCaseAndComesWithTheLevelAdvice() {
        MmeResult result = calculate(oral("morphine", 30, 2), new OpioidDose(" LORAZEPAM ", null, null, null));

        assertTrue(result.benzodiazepineCoPrescribed());
        assertEquals(List.of("50 to 89 MME/day: reassess benefit, offer naloxone.",
                "Benzodiazepine prescribed with an opioid (lorazepam): flagged."), result.advice());
    }

    @Test
    void buprenorphineIsAnOpioidForTheFlag() {
        assertTrue(calculate(patch("buprenorphine", 10), oral("diazepam", 5, 2)).benzodiazepineCoPrescribed());
    }

    @Test
    void aBenzodiazepineWithoutAnOpioidIsNotACoPrescription() {
        MmeResult result = calculate(oral("diazepam", 5, 2), oral("levorphanol", 2, 1));

        assertFalse(result.benzodiazepineCoPrescribed());
        assertTrue(result.advice().isEmpty());
    }

    @Test
    void otherDrugsDoNotRaiseTheFlag() {
        assertFalse(calculate(oral("oxycodone", 5, 2), oral("gabapentin", 300, 3)).benzodiazepineCoPrescribed());
    }
}
