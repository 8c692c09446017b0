package org.algos.intervention.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * A repeat radiofrequency ablation of a region and side needs at least 50 % relief lasting at
 * least 6 months after the previous one (CMS LCD L38803, Noridian, and the harmonised facet
 * LCDs). The previous one is the latest completed ablation of the region covering the side
 * before the date; relief that was not documented at follow-up does not count. Both numbers
 * are clinic settings.
 */
public final class RepeatRfaNeedsLastingRelief implements EligibilityRule {

    private final double reliefPercent;
    private final int reliefMonths;

    public RepeatRfaNeedsLastingRelief(EligibilitySettings settings) {
        this.reliefPercent = settings.repeatRfaReliefPercent();
        this.reliefMonths = settings.repeatRfaReliefMonths();
    }

    @Override
    public boolean appliesTo(Procedure procedure) {
        return procedure.family() == ProcedureFamily.FACET_RFA;
    }

    @Override
    public Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts) {
        Map<ProcedureHistory, List<String>> shortPrevious = new LinkedHashMap<>();
        for (Laterality side : request.eachSide()) {
            previousAblation(request, side, facts)
                    .filter(previous -> !reliefLasted(previous))
                    .ifPresent(previous -> shortPrevious.computeIfAbsent(previous, p -> new ArrayList<>())
                            .add(side.code()));
        }
        if (shortPrevious.isEmpty()) {
            return Optional.empty();
        }
        List<String> findings = new ArrayList<>();
        shortPrevious.forEach((previous, sides) -> findings.add(String.format(
                "%s side: the ablation on %s documented %s",
                String.join(" and ", sides), previous.date(), documentedRelief(previous))));
        return Optional.of(refusing(String.format(
                "A repeat %s needs at least %s relief lasting at least %d months after the previous one; %s.",
                request.procedure().displayName().toLowerCase(Locale.ROOT), Percent.text(reliefPercent), reliefMonths,
                String.join("; ", findings))));
    }

    @Override
    public String source() {
        return ReferenceSources.FACET;
    }

    @Override
    public String requirement() {
        return String.format("A repeat ablation of a region and side follows at least %s relief lasting "
                + "at least %d months after the previous one.", Percent.text(reliefPercent), reliefMonths);
    }

    private static Optional<ProcedureHistory> previousAblation(EligibilityRequest request, Laterality side,
                                                               PatientFacts facts) {
        return facts.procedures().stream()
                .filter(p -> p.procedure() == request.procedure())
                .filter(ProcedureHistory::isCompleted)
                .filter(p -> p.date().isBefore(request.date()))
                .filter(p -> p.covers(side))
                .max(Comparator.comparing(ProcedureHistory::date));
    }

    private boolean reliefLasted(ProcedureHistory previous) {
        return previous.reliefPercent() != null && previous.reliefPercent() >= reliefPercent
                && previous.reliefDurationMonths() != null && previous.reliefDurationMonths() >= reliefMonths;
    }

    private static String documentedRelief(ProcedureHistory previous) {
        if (previous.reliefPercent() == null) {
            return "no relief";
        }
        String relief = Percent.text(previous.reliefPercent()) + " relief";
        return previous.reliefDurationMonths() == null
                ? relief + " without its duration"
                : relief + " lasting " + previous.reliefDurationMonths() + " months";
    }
}
