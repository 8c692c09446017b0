package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/*
 * Wilson 95 % by hand, z = 1.959964, z² = 3.841459:
 *   (p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n)
 * For n = 10: z²/2n = 0.192073, z²/4n² = 0.009604, 1 + z²/n = 1.384146.
 */
class ResponderShareTest {

    private static final double THREE_DECIMALS = 0.0005;

    @Test
    void sixOfTenIsSixtyPercentWithItsWilsonInterval() {
        ResponderShare share = ResponderShare.of(6, 10, 10);

        assertEquals(0.60, share.share(), 1e-12);
        // (0.6 + 0.192073 ± 1.959964·√(0.024 + 0.009604)) / 1.384146
        //   = (0.792073 ± 0.359287) / 1.384146 = 0.31267 … 0.83182
        assertEquals(0.313, share.ciLow(), THREE_DECIMALS);
        assertEquals(0.832, share.ciHigh(), THREE_DECIMALS);
    }

    @Test
    void noResponderStillLeavesAnIntervalAboveZero() {
        ResponderShare share = ResponderShare.of(0, 10, 10);

        assertEquals(0.0, share.share(), 1e-12);
        // (0 + 0.192073 ± 1.959964·√0.009604) / 1.384146 = (0.192073 ± 0.192073) / 1.384146
        assertEquals(0.0, share.ciLow());
        assertEquals(0.2775, share.ciHigh(), 0.00005);
    }

    @Test
    void everyoneRespondingStillLeavesAnIntervalBelowOne() {
        ResponderShare share = ResponderShare.of(10, 10, 10);

        assertEquals(1.0, share.share(), 1e-12);
        // The mirror image of 0 of 10: 1 − 0.2775
        assertEquals(0.7225, share.ciLow(), 0.00005);
        assertEquals(1.0, share.ciHigh());
    }

    @Test
    void nobodyFollowedUpHasNoShareAndNoInterval() {
        ResponderShare share = ResponderShare.of(0, 0, 0);

        assertNull(share.share());
        assertNull(share.ciLow());
        assertNull(share.ciHigh());
        assertNull(share.worstCaseShare());
    }

    @Test
    void theWorstCaseCountsThoseWithoutAFollowUpAsNonResponders() {
        assertEquals(0.40, ResponderShare.of(6, 10, 15).worstCaseShare(), 1e-12, "6 / 15");
        assertEquals(0.60, ResponderShare.of(6, 10, 15).share(), 1e-12, "6 / 10");
        assertEquals(0.0, ResponderShare.of(0, 0, 5).worstCaseShare(), 1e-12, "nobody followed up of 5");
    }

    @Test
    void countsOutOfOrderAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ResponderShare.of(-1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> ResponderShare.of(11, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> ResponderShare.of(6, 10, 9));
        assertThrows(IllegalArgumentException.class, () -> ResponderShare.of(0, -1, 0));
    }
}
