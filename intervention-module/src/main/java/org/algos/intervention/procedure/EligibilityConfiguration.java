package org.algos.intervention.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.eclipse.microprofile.config.Config;

/**
 * The eligibility engine with the clinic's settings: each published number is a
 * MicroProfile Config key ({@code algos.eligibility.*}) whose default is the reference's value.
 */
@ApplicationScoped
public class EligibilityConfiguration {

    static final String PREFIX = "algos.eligibility.";

    @Inject
    private Config config;

    /** A pseudo-scoped singleton: the engine is immutable, and a final class cannot be proxied. */
    @Produces
    @Singleton
    public EligibilityEngine engine() {
        EligibilitySettings reference = EligibilitySettings.defaults();
        return new EligibilityEngine(new EligibilitySettings(
                whole("rolling-window-months", reference.rollingWindowMonths()),
                whole("max-rfa-sessions", reference.maxRfaSessions()),
                whole("max-facet-injection-sessions", reference.maxFacetInjectionSessions()),
                whole("max-epidural-sessions", reference.maxEpiduralSessions()),
                percent("mbb-positive-percent", reference.medialBranchBlockPositivePercent()),
                percent("repeat-rfa-relief-percent", reference.repeatRfaReliefPercent()),
                whole("repeat-rfa-relief-months", reference.repeatRfaReliefMonths()),
                percent("repeat-epidural-relief-percent", reference.repeatEpiduralReliefPercent()),
                whole("clearance-valid-months", reference.clearanceValidMonths()),
                percent("scs-trial-relief-percent", reference.scsTrialReliefPercent())));
    }

    private int whole(String key, int reference) {
        return config.getOptionalValue(PREFIX + key, Integer.class).orElse(reference);
    }

    private double percent(String key, double reference) {
        return config.getOptionalValue(PREFIX + key, Double.class).orElse(reference);
    }
}
