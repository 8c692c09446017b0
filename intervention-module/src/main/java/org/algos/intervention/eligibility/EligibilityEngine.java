package org.algos.intervention.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the rules that apply to the requested procedure and gathers the answer: refusals as
 * reasons, satisfied rules as met, and the payer's documentation reminders as warnings. Every
 * applicable rule runs, so the clinician sees all that is missing at once.
 */
public final class EligibilityEngine {

    private final List<EligibilityRule> rules;

    /** The published rules with the clinic's numbers. */
    public EligibilityEngine(EligibilitySettings settings) {
        this(referenceRules(settings));
    }

    public EligibilityEngine(List<EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every published rule, in the order the answer lists them. */
    public static List<EligibilityRule> referenceRules(EligibilitySettings settings) {
        Objects.requireNonNull(settings, "settings");
        return List.of(
                new FirstRfaNeedsTwoPositiveMedialBranchBlocks(settings),
                new RepeatRfaNeedsLastingRelief(settings),
                new RfaSessionsPerRollingYear(settings),
                new FacetInjectionSessionsPerRollingYear(settings),
                new EsiSessionsPerRollingYear(settings),
                new RepeatEsiNeedsRelief(settings),
                new ScsTrialNeedsPsychologicalClearance(settings),
                new ScsImplantNeedsSuccessfulTrial(settings));
    }

    public List<EligibilityRule> rules() {
        return rules;
    }

    public EligibilityResult evaluate(EligibilityRequest request, PatientFacts facts) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(facts, "facts");
        List<Finding> reasons = new ArrayList<>();
        List<Finding> met = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            if (rule.appliesTo(request.procedure())) {
                Optional<Finding> refusal = rule.refusal(request, facts);
                refusal.ifPresentOrElse(reasons::add, () -> met.add(rule.met()));
            }
        }
        return new EligibilityResult(reasons.isEmpty(), reasons,
                DocumentationReminder.forProcedure(request.procedure()), met);
    }
}
