package org.algos.intervention.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The eligibility engine with the clinic's settings: each number of the clinical reference is a
 * MicroProfile Config key ({@code algos.eligibility.*}) whose default is the reference's value.
 */
@ApplicationScoped
public class EligibilityConfiguration {

    private static final EligibilitySettings REFERENCE = EligibilitySettings.defaults();

    @Inject
    @ConfigProperty(name = "algos.eligibility.rolling-window-months")
    private java.util.Optional<Integer> rollingWindowMonths;
    @Inject
    @ConfigProperty(name = "algos.eligibility.max-rfa-sessions")
    private java.util.Optional<Integer> maxRfaSessions;
    @Inject
    @ConfigProperty(name = "algos.eligibility.max-facet-injection-sessions")
    private java.util.Optional<Integer> maxFacetInjectionSessions;
    @Inject
    @ConfigProperty(name = "algos.eligibility.max-epidural-sessions")
    private java.util.Optional<Integer> maxEpiduralSessions;
    @Inject
    @ConfigProperty(name = "algos.eligibility.mbb-positive-percent")
    private java.util.Optional<Double> medialBranchBlockPositivePercent;
    @Inject
    @ConfigProperty(name = "algos.eligibility.repeat-rfa-relief-percent")
    private java.util.Optional<Double> repeatRfaReliefPercent;
    @Inject
    @ConfigProperty(name = "algos.eligibility.repeat-rfa-relief-months")
    private java.util.Optional<Integer> repeatRfaReliefMonths;
    @Inject
    @ConfigProperty(name = "algos.eligibility.repeat-epidural-relief-percent")
    private java.util.Optional<Double> repeatEpiduralReliefPercent;
    @Inject
    @ConfigProperty(name = "algos.eligibility.clearance-valid-months")
    private java.util.Optional<Integer> clearanceValidMonths;
    @Inject
    @ConfigProperty(name = "algos.eligibility.scs-trial-relief-percent")
    private java.util.Optional<Double> scsTrialReliefPercent;

    /** A pseudo-scoped singleton: the engine is immutable, and a final class cannot be proxied. */
    @Produces
    @Singleton
    public EligibilityEngine engine() {
        return new EligibilityEngine(new EligibilitySettings(
                rollingWindowMonths.orElse(REFERENCE.rollingWindowMonths()),
                maxRfaSessions.orElse(REFERENCE.maxRfaSessions()),
                maxFacetInjectionSessions.orElse(REFERENCE.maxFacetInjectionSessions()),
                maxEpiduralSessions.orElse(REFERENCE.maxEpiduralSessions()),
                medialBranchBlockPositivePercent.orElse(REFERENCE.medialBranchBlockPositivePercent()),
                repeatRfaReliefPercent.orElse(REFERENCE.repeatRfaReliefPercent()),
                repeatRfaReliefMonths.orElse(REFERENCE.repeatRfaReliefMonths()),
                repeatEpiduralReliefPercent.orElse(REFERENCE.repeatEpiduralReliefPercent()),
                clearanceValidMonths.orElse(REFERENCE.clearanceValidMonths()),
                scsTrialReliefPercent.orElse(REFERENCE.scsTrialReliefPercent())));
    }
}
