package org.algos.domain.port;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActiveMedicationsTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate STOP = LocalDate.of(2026, 3, 10);

    @Test
    void aMedicationIsTakenFromItsStartToItsStopDayBothIncluded() {
        ActiveMedications.Medication apixaban = new ActiveMedications.Medication("apixaban", null, START, STOP);
        assertFalse(apixaban.takenOn(START.minusDays(1)));
        assertTrue(apixaban.takenOn(START));
        assertTrue(apixaban.takenOn(STOP), "the stop date is the last day taken");
        assertFalse(apixaban.takenOn(STOP.plusDays(1)));
        assertTrue(new ActiveMedications.Medication("warfarin", null, START, null).takenOn(STOP.plusYears(1)));
    }
}
