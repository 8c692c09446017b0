package org.algos.intervention.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EligibilitySettingsTest {

    @Test
    void theDefaultsAreTheClinicalReferences() {
        EligibilitySettings defaults = EligibilitySettings.defaults();
        assertEquals(12, defaults.rollingWindowMonths());
        assertEquals(2, defaults.maxRfaSessions());
        assertEquals(4, defaults.maxFacetInjectionSessions());
        assertEquals(4, defaults.maxEpiduralSessions());
        assertEquals(80.0, defaults.medialBranchBlockPositivePercent());
        assertEquals(50.0, defaults.repeatRfaReliefPercent());
        assertEquals(6, defaults.repeatRfaReliefMonths());
        assertEquals(50.0, defaults.repeatEpiduralReliefPercent());
        assertEquals(12, defaults.clearanceValidMonths());
        assertEquals(50.0, defaults.scsTrialReliefPercent());
    }

    @Test
    void nonsensicalSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EligibilitySettings(0, 2, 4, 4, 80, 50, 6, 50, 12, 50));
        assertThrows(IllegalArgumentException.class, () -> new EligibilitySettings(12, 0, 4, 4, 80, 50, 6, 50, 12, 50));
        assertThrows(IllegalArgumentException.class, () -> new EligibilitySettings(12, 2, 4, 4, 120, 50, 6, 50, 12, 50));
        assertThrows(IllegalArgumentException.class, () -> new EligibilitySettings(12, 2, 4, 4, 80, 0, 6, 50, 12, 50));
        assertThrows(IllegalArgumentException.class, () -> new EligibilitySettings(12, 2, 4, 4, 80, 50, 6, 50, 0, 50));
        assertThrows(IllegalArgumentException.class,
                () -> new EligibilitySettings(12, 2, 4, 4, 80, 50, 6, 50, 12, Double.NaN));
    }
}
