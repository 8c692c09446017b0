package org.algos.intervention.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldTest {

    private static final LocalDate FIFTH = LocalDate.parse("2026-12-05");

    @Test
    void theLastDoseIsTheDayBeforeTheStopByDate() {
        Hold hold = new Hold("warfarin", 5, FIFTH, "Hold warfarin 5 days.", "ASRA");
        assertEquals(Optional.of(LocalDate.parse("2026-12-04")), hold.lastDoseOn());
        assertFalse(hold.isNote());
    }

    @Test
    void aHoldWithoutADayCountHasNoDates() {
        Hold hold = new Hold("ibuprofen", null, null, "Hold ibuprofen about 5 half-lives.", "ASRA");
        assertTrue(hold.lastDoseOn().isEmpty());
        assertFalse(hold.isNote());
    }

    @Test
    void aNoteHoldsNothing() {
        Hold note = Hold.note("apixaban", "No hold by default.", "ASRA");
        assertEquals(0, note.holdDays());
        assertTrue(note.isNote());
        assertTrue(note.lastDoseOn().isEmpty());
    }

    @Test
    void aStopByDateGoesWithADayCountOfAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Hold("warfarin", 5, null, "text", "ASRA"));
        assertThrows(IllegalArgumentException.class, () -> new Hold("warfarin", null, FIFTH, "text", "ASRA"));
        assertThrows(IllegalArgumentException.class, () -> new Hold("warfarin", 0, FIFTH, "text", "ASRA"));
        assertThrows(IllegalArgumentException.class, () -> new Hold("warfarin", -1, null, "text", "ASRA"));
    }

    @Test
    void drugInstructionAndSourceAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Hold(" ", 5, FIFTH, "text", "ASRA"));
        assertThrows(IllegalArgumentException.class, () -> new Hold("warfarin", 5, FIFTH, null, "ASRA"));
        assertThrows(IllegalArgumentException.class, () -> new Hold("warfarin", 5, FIFTH, "text", ""));
    }
}
