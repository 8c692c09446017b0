package org.algos.careplan.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DecisionPreferencesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Test
    void treatmentsToAvoidAreKeptAsStated() {
        DecisionPreferences p = new DecisionPreferences(1);
        p.state(Involvement.SHARE, EnumSet.of(TreatmentToAvoid.OPIOIDS, TreatmentToAvoid.INJECTIONS), null,
                "Walk my dog again", ContactChannel.PHONE, "mornings", "pat.doe", NOW);
        assertEquals(EnumSet.of(TreatmentToAvoid.INJECTIONS, TreatmentToAvoid.OPIOIDS), p.avoid());
        assertEquals(Involvement.SHARE, p.involvement());

        p.state(null, EnumSet.noneOf(TreatmentToAvoid.class), null, null, null, null, "pat.doe", NOW);
        assertTrue(p.avoid().isEmpty());
    }

    @Test
    void codesAreLowerCaseWithHyphens() {
        assertEquals("decide-after-advice", Involvement.DECIDE_AFTER_ADVICE.code());
        assertEquals("implanted-devices", TreatmentToAvoid.IMPLANTED_DEVICES.code());
        assertEquals("text-message", ContactChannel.TEXT_MESSAGE.code());
    }
}
