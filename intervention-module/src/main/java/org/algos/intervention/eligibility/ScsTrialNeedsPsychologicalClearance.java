package org.algos.intervention.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.algos.domain.port.NeuromodulationClearance;
import org.algos.intervention.catalogue.Procedure;

/**
 * A spinal cord stimulator trial needs a psychological evaluation that cleared the patient for
 * neuromodulation within the past 12 months and found no active substance use disorder (CMS
 * NCD 160.7 and LCD summaries; Neuromodulation Foundation). Only the latest decision counts:
 * a later refusal replaces an earlier clearance. "Within the past 12 months" is the window of
 * {@link RollingWindow} ending on the trial date; the 12 months are a clinic setting.
 */
public final class ScsTrialNeedsPsychologicalClearance implements EligibilityRule {

    private final RollingWindow validity;

    public ScsTrialNeedsPsychologicalClearance(EligibilitySettings settings) {
        this.validity = new RollingWindow(settings.clearanceValidMonths());
    }

    @Override
    public boolean appliesTo(Procedure procedure) {
        return procedure == Procedure.SCS_TRIAL;
    }

    @Override
    public Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts) {
        if (facts.clearance().isEmpty()) {
            return Optional.of(refusing(String.format("No psychological evaluation with a decision on neuromodulation "
                    + "is on record; a spinal cord stimulator trial needs a clearance from the past %d months.",
                    validity.months())));
        }
        NeuromodulationClearance.Decision decision = facts.clearance().get();
        List<String> problems = new ArrayList<>();
        if (decision.evaluatedOn().isAfter(request.date())) {
            problems.add("it is dated after the trial");
        } else if (!validity.contains(decision.evaluatedOn(), request.date())) {
            problems.add(String.format("it is more than %d months before the trial", validity.months()));
        }
        if (!decision.cleared()) {
            problems.add("it did not clear the patient for neuromodulation");
        }
        if (decision.activeSubstanceUseDisorder()) {
            problems.add("it records an active substance use disorder");
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(refusing(String.format("The latest psychological evaluation (%s) does not allow "
                + "a spinal cord stimulator trial: %s.", decision.evaluatedOn(), String.join("; ", problems))));
    }

    @Override
    public String source() {
        return ReferenceSources.SPINAL_CORD_STIMULATION;
    }

    @Override
    public String requirement() {
        return String.format("A psychological evaluation within the past %d months cleared the patient "
                + "for neuromodulation and found no active substance use disorder.", validity.months());
    }
}
