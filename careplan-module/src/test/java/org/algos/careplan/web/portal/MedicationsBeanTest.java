package org.algos.careplan.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.algos.careplan.web.portal.MedicationsBean;
import org.junit.jupiter.api.Test;

class MedicationsBeanTest {

    @Test
    void aDoseReadsAsMilligramsTimesDosesPerDayOrAsAPatchRate() {
        assertEquals("20 mg × 2/day", MedicationsBean.doseText(20.0, 2.0, null));
        assertEquals("7.5 mg × 4/day", MedicationsBean.doseText(7.5, 4.0, null));
        assertEquals("25 mcg/h patch", MedicationsBean.doseText(null, null, 25.0));
        assertEquals("5 mg", MedicationsBean.doseText(5.0, null, null));
        assertEquals("", MedicationsBean.doseText(null, null, null));
    }
}
