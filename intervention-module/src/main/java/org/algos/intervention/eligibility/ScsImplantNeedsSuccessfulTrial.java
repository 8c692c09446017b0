package org.algos.intervention.eligibility;

import java.util.Comparator;
import java.util.Optional;
import org.algos.intervention.catalogue.Procedure;

/**
 * A spinal cord stimulator implant needs a completed trial with at least 50 % pain relief (CMS
 * NCD 160.7 and LCD summaries; Neuromodulation Foundation). The latest completed trial on or
 * before the date decides; relief not documented does not count. The percentage is a clinic
 * setting.
 */
public final class ScsImplantNeedsSuccessfulTrial implements EligibilityRule {

    private final double reliefPercent;

    public ScsImplantNeedsSuccessfulTrial(EligibilitySettings settings) {
        this.reliefPercent = settings.scsTrialReliefPercent();
    }

    @Override
    public boolean appliesTo(Procedure procedure) {
        return procedure == Procedure.SCS_IMPLANT;
    }

    @Override
    public Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts) {
        Optional<ProcedureHistory> trial = facts.procedures().stream()
                .filter(p -> p.procedure() == Procedure.SCS_TRIAL)
                .filter(ProcedureHistory::isCompleted)
                .filter(p -> !p.date().isAfter(request.date()))
                .max(Comparator.comparing(ProcedureHistory::date));
        if (trial.isEmpty()) {
            return Optional.of(refusing(String.format("No completed spinal cord stimulator trial is on record; "
                    + "an implant needs a completed trial with at least %s pain relief.",
                    Percent.text(reliefPercent))));
        }
        Double relief = trial.get().reliefPercent();
        if (relief != null && relief >= reliefPercent) {
            return Optional.empty();
        }
        return Optional.of(refusing(String.format("An implant needs a trial with at least %s pain relief; the trial "
                        + "completed on %s documented %s.", Percent.text(reliefPercent), trial.get().date(),
                relief == null ? "no relief" : Percent.text(relief) + " relief")));
    }

    @Override
    public String source() {
        return ReferenceSources.SPINAL_CORD_STIMULATION;
    }

    @Override
    public String requirement() {
        return String.format("A completed spinal cord stimulator trial gave at least %s pain relief.",
                Percent.text(reliefPercent));
    }
}
