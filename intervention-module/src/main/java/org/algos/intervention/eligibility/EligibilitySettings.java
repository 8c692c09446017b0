package org.algos.intervention.eligibility;

/**
 * The numbers the eligibility rules apply. Each is the published default, which
 * a clinic may change ("Eligibility rules (defaults)"); {@link #defaults()} returns them.
 *
 * @param rollingWindowMonths                the rolling period in which sessions are counted
 * @param maxRfaSessions                     facet radiofrequency ablation sessions per area and period (CMS LCD L38803)
 * @param maxFacetInjectionSessions          medial branch block sessions per area and period (CMS LCD L38803)
 * @param maxEpiduralSessions                epidural steroid injection sessions per area and period (CMS LCD L39240)
 * @param medialBranchBlockPositivePercent   relief that makes a medial branch block count for a first RFA
 *                                           (CMS LCD L38803)
 * @param repeatRfaReliefPercent             relief after the previous RFA that allows a repeat (CMS LCD L38803)
 * @param repeatRfaReliefMonths              how long that relief must have lasted (CMS LCD L38803)
 * @param repeatEpiduralReliefPercent        relief after the previous epidural that allows a repeat (CMS LCD L39240)
 * @param clearanceValidMonths               how old a psychological clearance may be for an SCS trial (CMS NCD 160.7)
 * @param scsTrialReliefPercent              relief during the trial that allows an SCS implant (CMS NCD 160.7)
 */
public record EligibilitySettings(int rollingWindowMonths,
                                  int maxRfaSessions,
                                  int maxFacetInjectionSessions,
                                  int maxEpiduralSessions,
                                  double medialBranchBlockPositivePercent,
                                  double repeatRfaReliefPercent,
                                  int repeatRfaReliefMonths,
                                  double repeatEpiduralReliefPercent,
                                  int clearanceValidMonths,
                                  double scsTrialReliefPercent) {

    public EligibilitySettings {
        requireAtLeastOne("rollingWindowMonths", rollingWindowMonths);
        requireAtLeastOne("maxRfaSessions", maxRfaSessions);
        requireAtLeastOne("maxFacetInjectionSessions", maxFacetInjectionSessions);
        requireAtLeastOne("maxEpiduralSessions", maxEpiduralSessions);
        requirePercent("medialBranchBlockPositivePercent", medialBranchBlockPositivePercent);
        requirePercent("repeatRfaReliefPercent", repeatRfaReliefPercent);
        requireAtLeastOne("repeatRfaReliefMonths", repeatRfaReliefMonths);
        requirePercent("repeatEpiduralReliefPercent", repeatEpiduralReliefPercent);
        requireAtLeastOne("clearanceValidMonths", clearanceValidMonths);
        requirePercent("scsTrialReliefPercent", scsTrialReliefPercent);
    }

    /** The defaults, each from its source. */
    public static EligibilitySettings defaults() {
        return new EligibilitySettings(12, 2, 4, 4, 80, 50, 6, 50, 12, 50);
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    private static void requirePercent(String name, double value) {
        if (!(value > 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be a percentage above 0 and at most 100, not " + value);
        }
    }
}
