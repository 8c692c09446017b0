package org.algos.web.kit.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.algos.web.kit.portal.Shown;
import org.junit.jupiter.api.Test;

class ShownTest {

    @Test
    void wholeNumbersWithoutDecimalsOthersToOneDecimal() {
        assertEquals("40", Shown.number(40.0));
        assertEquals("35.6", Shown.number(35.55));
        assertEquals("0", Shown.number(0));
    }

    @Test
    void changesCarryTheirSign() {
        assertEquals("+2", Shown.signed(2.0));
        assertEquals("\u221210", Shown.signed(-10.0));
        assertEquals("0", Shown.signed(0.0));
        assertEquals("", Shown.signed(null));
    }

    @Test
    void dateAndTimeToTheMinute() {
        assertEquals("2025-03-01 09:05", Shown.dateTime(LocalDateTime.of(2025, 3, 1, 9, 5, 59)));
    }
}
