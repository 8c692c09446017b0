package org.algos.intervention.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.eligibility.ReferenceSources;
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
        return new EligibilityEngine(settings());
    }

    /** One number the rules apply: its configuration key, the value in force, the reference's value and source. */
    public record Setting(String key, String value, String reference, String source) {
    }

    /** The numbers in force, as the administration shows them (read-only: they are configuration). */
    public List<Setting> inForce() {
        EligibilitySettings now = settings();
        EligibilitySettings reference = EligibilitySettings.defaults();
        String facet = ReferenceSources.FACET;
        String epidural = ReferenceSources.EPIDURAL;
        String scs = ReferenceSources.SPINAL_CORD_STIMULATION;
        return List.of(
                setting("rolling-window-months", now.rollingWindowMonths(), reference.rollingWindowMonths(),
                        facet + "; " + epidural),
                setting("max-rfa-sessions", now.maxRfaSessions(), reference.maxRfaSessions(), facet),
                setting("max-facet-injection-sessions", now.maxFacetInjectionSessions(),
                        reference.maxFacetInjectionSessions(), facet),
                setting("max-epidural-sessions", now.maxEpiduralSessions(), reference.maxEpiduralSessions(), epidural),
                setting("mbb-positive-percent", now.medialBranchBlockPositivePercent(),
                        reference.medialBranchBlockPositivePercent(), facet),
                setting("repeat-rfa-relief-percent", now.repeatRfaReliefPercent(), reference.repeatRfaReliefPercent(),
                        facet),
                setting("repeat-rfa-relief-months", now.repeatRfaReliefMonths(), reference.repeatRfaReliefMonths(), facet),
                setting("repeat-epidural-relief-percent", now.repeatEpiduralReliefPercent(),
                        reference.repeatEpiduralReliefPercent(), epidural),
                setting("clearance-valid-months", now.clearanceValidMonths(), reference.clearanceValidMonths(), scs),
                setting("scs-trial-relief-percent", now.scsTrialReliefPercent(), reference.scsTrialReliefPercent(), scs));
    }

    /** The reference's numbers, each replaced by its configuration key where the clinic set one. */
    private EligibilitySettings settings() {
        EligibilitySettings reference = EligibilitySettings.defaults();
        return new EligibilitySettings(
                whole("rolling-window-months", reference.rollingWindowMonths()),
                whole("max-rfa-sessions", reference.maxRfaSessions()),
                whole("max-facet-injection-sessions", reference.maxFacetInjectionSessions()),
                whole("max-epidural-sessions", reference.maxEpiduralSessions()),
                percent("mbb-positive-percent", reference.medialBranchBlockPositivePercent()),
                percent("repeat-rfa-relief-percent", reference.repeatRfaReliefPercent()),
                whole("repeat-rfa-relief-months", reference.repeatRfaReliefMonths()),
                percent("repeat-epidural-relief-percent", reference.repeatEpiduralReliefPercent()),
                whole("clearance-valid-months", reference.clearanceValidMonths()),
                percent("scs-trial-relief-percent", reference.scsTrialReliefPercent()));
    }

    private static Setting setting(String key, Number value, Number reference, String source) {
        return new Setting(PREFIX + key, number(value), number(reference), source);
    }

    private static String number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private int whole(String key, int reference) {
        return config.getOptionalValue(PREFIX + key, Integer.class).orElse(reference);
    }

    private double percent(String key, double reference) {
        return config.getOptionalValue(PREFIX + key, Double.class).orElse(reference);
    }
}
