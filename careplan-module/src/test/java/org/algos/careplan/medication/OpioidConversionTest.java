package org.algos.careplan.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpioidConversionTest {

    @ParameterizedTest
    @CsvSource({
            "codeine, 0.15", "hydrocodone, 1", "hydromorphone, 5", "methadone, 4.7", "morphine, 1",
            "oxycodone, 1.5", "oxymorphone, 3", "tapentadol, 0.4", "tramadol, 0.2"})
    void oralOpioidsHaveTheCdc2022Factors(String drug, String factor) {
        OpioidConversion opioid = OpioidConversion.of(drug).orElseThrow();
        assertEquals(OpioidConversion.Basis.DAILY_MILLIGRAMS, opioid.basis());
        assertEquals(0, new BigDecimal(factor).compareTo(opioid.factor().orElseThrow()), drug);
    }

    @Test
    void aFentanylPatchIsConvertedFromMicrogramsPerHourTimes2Point4() {
        OpioidConversion fentanyl = OpioidConversion.of("fentanyl").orElseThrow();
        assertEquals(OpioidConversion.Basis.MICROGRAMS_PER_HOUR, fentanyl.basis());
        assertEquals(new BigDecimal("2.4"), fentanyl.factor().orElseThrow());
    }

    @Test
    void buprenorphineIsAnOpioidWithoutAFactor() {
        OpioidConversion buprenorphine = OpioidConversion.of("buprenorphine").orElseThrow();
        assertEquals(OpioidConversion.Basis.NOT_CONVERTED, buprenorphine.basis());
        assertTrue(buprenorphine.factor().isEmpty());
    }

    @Test
    void theTableHoldsExactlyTheReferenceOpioids() {
        assertEquals(
                "[codeine, hydrocodone, hydromorphone, methadone, morphine, oxycodone, oxymorphone, tapentadol, "
                        + "tramadol, fentanyl, buprenorphine]",
                Arrays.stream(OpioidConversion.values()).map(OpioidConversion::genericName).toList().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OXYCODONE", "Oxycodone", " oxycodone ", "oxyCODONE\t"})
    void namesAreMatchedIgnoringCaseAndBlanks(String name) {
        assertEquals(Optional.of(OpioidConversion.OXYCODONE), OpioidConversion.of(name));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "levorphanol", "diazepam", "oxy", "oxycodone hydrochloride"})
    void anyOtherNameIsNotAnOpioidOfTheTable(String name) {
        assertTrue(OpioidConversion.of(name).isEmpty());
    }

    @Test
    void theSourceIsTheCdc2022Guideline() {
        assertTrue(OpioidConversion.SOURCE.contains("CDC"));
        assertTrue(OpioidConversion.SOURCE.contains("2022"));
    }
}
