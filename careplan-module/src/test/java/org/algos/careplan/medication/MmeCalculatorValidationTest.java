package org.algos.careplan.medication;

import static org.algos.careplan.medication.OpioidDose.oral;
import static org.algos.careplan.medication.OpioidDose.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MmeCalculatorValidationTest {

    private final MmeCalculator calculator = new MmeCalculator();

    private Map<String, String> errors(OpioidDose... doses) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> calculator.calculate(Arrays.asList(doses)));
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void theListIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> calculator.calculate(null));
        assertEquals(List.of(new FieldError("medications", "is required")), e.errors());
    }

    @Test
    void everyLineIsRequired() {
        assertEquals(Map.of("medications[1]", "is required"), errors(oral("morphine", 10, 1), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void theDrugIsRequired(String drug) {
        assertEquals(Map.of("medications[0].drug", "is required"), errors(oral(drug, 10, 1)));
    }

    @Test
    void aMissingDrugIsReported() {
        assertEquals(Map.of("medications[0].drug", "is required"), errors(new OpioidDose(null, 10.0, 1.0, null)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, Double.NaN, Double.POSITIVE_INFINITY})
    void theDoseMustBeAboveZero(double dose) {
        assertEquals(Map.of("medications[0].doseMg", "must be greater than 0"), errors(oral("oxycodone", dose, 3)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN})
    void theDosesPerDayMustBeAboveZero(double dosesPerDay) {
        assertEquals(Map.of("medications[0].dosesPerDay", "must be greater than 0"),
                errors(oral("oxycodone", 10, dosesPerDay)));
    }

    @Test
    void anOralOpioidNeedsDoseAndDosesPerDay() {
        assertEquals(Map.of("medications[0].doseMg", "is required", "medications[0].dosesPerDay", "is required"),
                errors(new OpioidDose("morphine", null, null, null)));
    }

    @Test
    void microgramsPerHourAreForAFentanylPatchOnly() {
        Map<String, String> errors = errors(new OpioidDose("morphine", 10.0, 2.0, 25.0));
        assertEquals(List.of("medications[0].mcgPerHour"), List.copyOf(errors.keySet()));
    }

    @Test
    void fentanylNeedsItsPatchRate() {
        assertEquals(Map.of("medications[0].mcgPerHour", "is required for a fentanyl patch"),
                errors(new OpioidDose("fentanyl", null, null, null)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -12, Double.NaN})
    void thePatchRateMustBeAboveZero(double rate) {
        assertEquals(Map.of("medications[0].mcgPerHour", "must be greater than 0"), errors(patch("Fentanyl", rate)));
    }

    @Test
    void fentanylTakesNoMilligramDose() {
        Map<String, String> errors = errors(new OpioidDose("fentanyl", 25.0, null, null));
        assertEquals(2, errors.size());
        assertEquals("is required for a fentanyl patch", errors.get("medications[0].mcgPerHour"));
        assertEquals("must be empty for a fentanyl patch; enter its rate in mcgPerHour", errors.get("medications[0].doseMg"));
    }

    @Test
    void fentanylTakesNoDosesPerDaySoTwoPatchesAreNotMistakenForOne() {
        assertEquals(List.of("medications[0].dosesPerDay"),
                List.copyOf(errors(new OpioidDose("fentanyl", null, 2.0, 25.0)).keySet()));
    }

    @Test
    void valuesGivenForOtherDrugsMustStillBeAboveZero() {
        assertEquals(Map.of("medications[0].doseMg", "must be greater than 0",
                        "medications[1].mcgPerHour", "must be greater than 0"),
                errors(oral("diazepam", -5, 1), new OpioidDose("buprenorphine", null, null, 0.0)));
    }

    @Test
    void everyWrongFieldOfEveryLineIsNamedAtOnce() {
        Map<String, String> errors = errors(
                oral("oxycodone", 10, 3),
                oral("hydromorphone", 0, 4),
                patch("fentanyl", -25),
                new OpioidDose(" ", null, null, null));
        assertEquals(Map.of(
                "medications[1].doseMg", "must be greater than 0",
                "medications[2].mcgPerHour", "must be greater than 0",
                "medications[3].drug", "is required"), errors);
    }

    @Test
    void anUnknownDrugNeedsNoDose() {
        assertEquals(0.0, calculator.calculate(List.of(new OpioidDose("levorphanol", null, null, null))).totalMme());
    }

    @Test
    void dosesAboveThePlausibleBoundsAreRefusedSoTheTotalStaysFinite() {
        assertEquals(Map.of("medications[0].doseMg", "must be at most 10000",
                        "medications[0].dosesPerDay", "must be at most 24"),
                errors(new OpioidDose("morphine", 1e300, 1e300, null)));
        assertEquals(Map.of("medications[0].mcgPerHour", "must be at most 1000"), errors(patch("fentanyl", 1000.5)));
        assertEquals(Map.of("medications[0].doseMg", "must be at most 10000"),
                errors(new OpioidDose("gabapentin", 10_000.01, 3.0, null)));
    }

    @Test
    void theLargestPlausibleDosesGiveAFiniteTotal() {
        MmeResult result = calculator.calculate(List.of(oral("methadone", 10_000, 24), oral("morphine", 10_000, 24),
                patch("fentanyl", 1000)));
        assertEquals(true, Double.isFinite(result.totalMme()) && result.totalMme() > 240_000);
    }
}
