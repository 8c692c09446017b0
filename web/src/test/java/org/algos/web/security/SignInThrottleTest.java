package org.algos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 10, Duration.ofMinutes(15), 3, clock);

    @Test
    void theFirstFailuresAreFreeThenWaitsGrowThenTheTenthLocks() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(Optional.empty(), throttle.failed("dr.x"), "failure " + i);
        }
        assertEquals(Optional.empty(), throttle.check("dr.x"));
        long[] waits = {2, 4, 8, 16};
        for (long expected : waits) {
            SignInThrottle.Wait wait = throttle.failed("dr.x").orElseThrow();
            assertEquals(Duration.ofSeconds(expected), wait.retryAfter());
            assertFalse(wait.locked());
            assertTrue(throttle.check("dr.x").isPresent(), "refused while it waits");
            clock.advance(Duration.ofSeconds(expected));
            assertEquals(Optional.empty(), throttle.check("dr.x"), "free to try once the wait is over");
        }
        SignInThrottle.Wait lock = throttle.failed("dr.x").orElseThrow();
        assertTrue(lock.locked());
        assertEquals(900, lock.seconds());
        clock.advance(Duration.ofMinutes(14));
        assertEquals(60, throttle.check("dr.x").orElseThrow().seconds());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.check("dr.x"), "the lock is temporary");
    }

    @Test
    void aSuccessOrQuietTimeForgetsFailuresAndAnUnlockEndsAWait() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a");
        }
        throttle.succeeded("a");
        assertEquals(Optional.empty(), throttle.failed("a"), "counting starts again after a success");

        for (int i = 0; i < 4; i++) {
            throttle.failed("a");
        }
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), throttle.failed("a"), "failures are forgotten after 15 quiet minutes");

        for (int i = 0; i < 5; i++) {
            throttle.failed("b");
        }
        assertTrue(throttle.failed("b").isPresent());
        assertTrue(throttle.unlock("b"));
        assertEquals(Optional.empty(), throttle.check("b"));
        assertFalse(throttle.unlock("b"), "nothing left to unlock");
    }

    @Test
    void theCountersAreBoundedAndExpiredOnesMakeRoom() {
        throttle.failed("a");
        throttle.failed("b");
        throttle.failed("c");
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), throttle.failed("d"), "a fourth key is not counted while three are");
        }
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            throttle.failed("d");
        }
        assertTrue(throttle.failed("d").isPresent(), "once the others expired, the new key is counted");
    }

    @Test
    void theWaitIsAtLeastASecondAndRoundsUp() {
        assertEquals(1, new SignInThrottle.Wait(Duration.ofMillis(1), false).seconds());
        assertEquals(2, new SignInThrottle.Wait(Duration.ofMillis(1001), false).seconds());
        assertEquals(Duration.ZERO, throttle.waitAfter(5));
        assertEquals(Duration.ofMinutes(15), throttle.waitAfter(10));
        assertEquals(Duration.ofMinutes(15), throttle.waitAfter(1000));
    }
}
