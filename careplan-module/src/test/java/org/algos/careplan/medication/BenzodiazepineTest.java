package org.algos.careplan.medication;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BenzodiazepineTest {

    @ParameterizedTest
    @EnumSource(Benzodiazepine.class)
    void eachCommonBenzodiazepineIsRecognisedByItsGenericName(Benzodiazepine benzodiazepine) {
        assertTrue(Benzodiazepine.matches(benzodiazepine.genericName()));
        assertTrue(Benzodiazepine.matches(" " + benzodiazepine.name() + " "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "zolpidem", "oxycodone", "pregabalin", "diazepam 5 mg"})
    void otherNamesAreNotFlagged(String name) {
        assertFalse(Benzodiazepine.matches(name));
    }
}
