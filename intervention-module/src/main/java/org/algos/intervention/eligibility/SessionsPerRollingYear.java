package org.algos.intervention.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;
import org.algos.intervention.catalogue.SpinalArea;

/**
 * A payer's limit on sessions of one procedure family per spinal area in any rolling period.
 * Scheduled and completed procedures count, cancelled ones do not; procedures of the family on
 * one date are one session. Windows are those of {@link RollingWindow}.
 */
public abstract class SessionsPerRollingYear implements EligibilityRule {

    private final ProcedureFamily family;
    private final String sessionName;
    private final int maxSessions;
    private final RollingWindow window;

    protected SessionsPerRollingYear(ProcedureFamily family, String sessionName, int maxSessions, int windowMonths) {
        this.family = family;
        this.sessionName = sessionName;
        this.maxSessions = maxSessions;
        this.window = new RollingWindow(windowMonths);
    }

    @Override
    public boolean appliesTo(Procedure procedure) {
        return procedure.family() == family && procedure.spinalArea().isPresent();
    }

    @Override
    public Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts) {
        SpinalArea area = request.procedure().spinalArea().orElseThrow();
        Set<LocalDate> sessionDays = facts.procedures().stream()
                .filter(ProcedureHistory::isCountedAsSession)
                .filter(p -> p.procedure().family() == family && p.procedure().spinalArea().equals(Optional.of(area)))
                .map(ProcedureHistory::date)
                .collect(Collectors.toSet());
        List<LocalDate> busiest = window.busiestWindowWith(request.date(), sessionDays);
        if (busiest.size() <= maxSessions) {
            return Optional.empty();
        }
        String others = busiest.stream().filter(day -> !day.equals(request.date()))
                .map(LocalDate::toString).collect(Collectors.joining(", "));
        return Optional.of(refusing(String.format(
                "A %s %s session on %s would make %d sessions within %d months (with %s); at most %d are covered "
                        + "per area in any rolling %d months.",
                area.label(), sessionName, request.date(), busiest.size(), window.months(), others, maxSessions,
                window.months())));
    }

    @Override
    public String requirement() {
        return String.format("At most %d %s sessions per spinal area (cervicothoracic or lumbosacral) "
                + "in any rolling %d months.", maxSessions, sessionName, window.months());
    }
}
