package org.algos.intervention.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BleedingRiskTest {

    @Test
    void patientRiskFactorsMoveAProcedureUpOneCategory() {
        assertEquals(BleedingRisk.INTERMEDIATE, BleedingRisk.LOW.raisedOneCategory());
        assertEquals(BleedingRisk.HIGH, BleedingRisk.INTERMEDIATE.raisedOneCategory());
        assertEquals(BleedingRisk.HIGH, BleedingRisk.HIGH.raisedOneCategory());
    }

    @Test
    void theCategoriesNameTheirGuideline() {
        assertTrue(BleedingRisk.SOURCE.contains("ASRA"));
        assertTrue(BleedingRisk.SOURCE.contains("Narouze"));
    }
}
