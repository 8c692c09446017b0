package org.algos.domain.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The one clock of the application: UTC, so stored times never depend on the server's zone. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    public Clock utcClock() {
        return Clock.systemUTC();
    }

    /** Now in UTC, to the millisecond (both databases keep that exactly). */
    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
