package org.algos.intervention.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
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

    /** One number the rules apply: its configuration key, the value in force, the reference's value and source. */
    public record Setting(String key, String value, String reference, String source) {
    }

    /** The numbers in force, as the administration shows them (read-only: they are configuration). */
    public List<Setting> inForce() {
        EligibilitySettings reference = EligibilitySettings.defaults();
        String facet = "CMS LCD L38803";
        String epidural = "CMS LCD L39240";
        String scs = "CMS NCD 160.7";
        return List.of(
                setting("rolling-window-months", whole("rolling-window-months", reference.rollingWindowMonths()),
                        reference.rollingWindowMonths(), facet + "; " + epidural),
                setting("max-rfa-sessions", whole("max-rfa-sessions", reference.maxRfaSessions()),
                        reference.maxRfaSessions(), facet),
                setting("max-facet-injection-sessions", whole("max-facet-injection-sessions",
                        reference.maxFacetInjectionSessions()), reference.maxFacetInjectionSessions(), facet),
                setting("max-epidural-sessions", whole("max-epidural-sessions", reference.maxEpiduralSessions()),
                        reference.maxEpiduralSessions(), epidural),
                setting("mbb-positive-percent", percent("mbb-positive-percent",
                        reference.medialBranchBlockPositivePercent()), reference.medialBranchBlockPositivePercent(), facet),
                setting("repeat-rfa-relief-percent", percent("repeat-rfa-relief-percent",
                        reference.repeatRfaReliefPercent()), reference.repeatRfaReliefPercent(), facet),
                setting("repeat-rfa-relief-months", whole("repeat-rfa-relief-months", reference.repeatRfaReliefMonths()),
                        reference.repeatRfaReliefMonths(), facet),
                setting("repeat-epidural-relief-percent", percent("repeat-epidural-relief-percent",
                        reference.repeatEpiduralReliefPercent()), reference.repeatEpiduralReliefPercent(), epidural),
                setting("clearance-valid-months", whole("clearance-valid-months", reference.clearanceValidMonths()),
                        reference.clearanceValidMonths(), scs),
                setting("scs-trial-relief-percent", percent("scs-trial-relief-percent",
                        reference.scsTrialReliefPercent()), reference.scsTrialReliefPercent(), scs));
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
