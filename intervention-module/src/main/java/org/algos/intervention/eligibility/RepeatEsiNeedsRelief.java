package org.algos.intervention.eligibility;

import java.util.Comparator;
import java.util.Optional;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;
import org.algos.intervention.catalogue.SpinalArea;

/**
 * A repeat epidural steroid injection needs at least 50 % relief documented after the previous
 * one of the same area, any approach (CMS LCD L39240 and sister LCDs). The previous one is the
 * latest completed epidural of the area before the date. The LCDs also accept a functional gain
 * instead, which is not recorded as a number: the physician documents it and overrides with a
 * reason. The percentage is a clinic setting.
 */
public final class RepeatEsiNeedsRelief implements EligibilityRule {

    private final double reliefPercent;

    public RepeatEsiNeedsRelief(EligibilitySettings settings) {
        this.reliefPercent = settings.repeatEpiduralReliefPercent();
    }

    @Override
    public boolean appliesTo(Procedure procedure) {
        return procedure.family() == ProcedureFamily.EPIDURAL && procedure.spinalArea().isPresent();
    }

    @Override
    public Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts) {
        SpinalArea area = request.procedure().spinalArea().orElseThrow();
        Optional<ProcedureHistory> previous = facts.procedures().stream()
                .filter(p -> p.procedure().family() == ProcedureFamily.EPIDURAL)
                .filter(p -> p.procedure().spinalArea().equals(Optional.of(area)))
                .filter(ProcedureHistory::isCompleted)
                .filter(p -> p.date().isBefore(request.date()))
                .max(Comparator.comparing(ProcedureHistory::date));
        if (previous.isEmpty() || hasRelief(previous.get())) {
            return Optional.empty();
        }
        Double relief = previous.get().reliefPercent();
        return Optional.of(refusing(String.format(
                "A repeat %s epidural steroid injection needs at least %s relief after the previous one; "
                        + "the injection on %s documented %s. A functional gain also qualifies: "
                        + "document it and override with the reason.",
                area.label(), Percent.text(reliefPercent), previous.get().date(),
                relief == null ? "no relief" : Percent.text(relief) + " relief")));
    }

    @Override
    public String source() {
        return ReferenceSources.EPIDURAL;
    }

    @Override
    public String requirement() {
        return String.format("A repeat epidural steroid injection of an area follows at least %s relief "
                + "after the previous one.", Percent.text(reliefPercent));
    }

    private boolean hasRelief(ProcedureHistory previous) {
        return previous.reliefPercent() != null && previous.reliefPercent() >= reliefPercent;
    }
}
