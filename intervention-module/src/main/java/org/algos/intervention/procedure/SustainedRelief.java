package org.algos.intervention.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How much relief a procedure gave and for how long, from its follow-ups: the latest follow-up
 * still reporting at least the threshold (50 % in the repeat rules of LCD L38803 and L39240)
 * gives the lasting relief and its duration in whole months since the procedure. Without such a
 * follow-up, the best relief documented (immediate or at follow-up) is reported with no duration.
 */
public record SustainedRelief(Double percent, Integer months) {

    public static SustainedRelief of(LocalDate procedureDate, Double immediate, List<FollowUp> followUps,
                                     int thresholdPercent) {
        Optional<FollowUp> lastAboveThreshold = followUps.stream()
                .filter(f -> f.reliefPercent() >= thresholdPercent)
                .max(Comparator.comparing(FollowUp::followUpOn));
        if (lastAboveThreshold.isPresent()) {
            FollowUp f = lastAboveThreshold.get();
            return new SustainedRelief((double) f.reliefPercent(),
                    (int) ChronoUnit.MONTHS.between(procedureDate, f.followUpOn()));
        }
        Double best = followUps.stream().map(f -> (double) f.reliefPercent()).max(Double::compare).orElse(null);
        if (immediate != null && (best == null || immediate > best)) {
            best = immediate;
        }
        return new SustainedRelief(best, null);
    }
}
