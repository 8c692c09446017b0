package org.algos.careplan.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmeLevelTest {

    @Test
    void theApiCodesAreStable() {
        assertEquals("below50", MmeLevel.BELOW_50.code());
        assertEquals("50to89", MmeLevel.FROM_50_TO_89.code());
        assertEquals("90plus", MmeLevel.AT_LEAST_90.code());
    }

    @ParameterizedTest
    @CsvSource({
            "0, BELOW_50", "49.9, BELOW_50", "49.95, BELOW_50", "49.9999, BELOW_50",
            "50, FROM_50_TO_89", "50.0001, FROM_50_TO_89", "89, FROM_50_TO_89", "89.9, FROM_50_TO_89",
            "89.9999, FROM_50_TO_89", "90, AT_LEAST_90", "90.0001, AT_LEAST_90", "400, AT_LEAST_90"})
    void theLevelIsDecidedOnTheExactTotal(String total, MmeLevel expected) {
        assertEquals(expected, MmeLevel.forTotal(new BigDecimal(total)));
    }

    @Test
    void theAdviceIsTheGuidelines() {
        assertTrue(MmeLevel.BELOW_50.advice().isEmpty());
        assertTrue(MmeLevel.FROM_50_TO_89.advice().orElseThrow().contains("reassess benefit, offer naloxone"));
        assertTrue(MmeLevel.AT_LEAST_90.advice().orElseThrow().contains("avoid or justify; taper plan"));
    }

    @Test
    void aTotalIsRequired() {
        assertThrows(NullPointerException.class, () -> MmeLevel.forTotal(null));
    }
}
