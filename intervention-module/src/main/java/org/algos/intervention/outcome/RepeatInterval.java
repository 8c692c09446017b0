package org.algos.intervention.outcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long an ablation lasts, as the time to the next ablation of the same kind on the same side:
 * for each procedure of the cohort, the days to the patient's next completed one. Reported as the
 * number repeated and the median (with quartiles) of those intervals; procedures not repeated yet
 * are counted apart, not in the median (which is therefore the median among the repeated, not a
 * survival estimate).
 */
public final class RepeatInterval {

    /** A completed procedure as the interval needs it. */
    public record Done(long id, long patientId, String procedure, String side, LocalDate date) {
    }

    /** The result: how many of the cohort were repeated, and the spread of the days to the repeat. */
    public record Repeats(int cohort, int repeated, Spread days) {
    }

    private RepeatInterval() {
    }

    /** {@code cohort}'s procedures, with {@code all} the completed procedures of the same kinds from its start on. */
    public static Repeats of(Collection<Done> cohort, Collection<Done> all) {
        Map<String, List<Done>> byPatientKindSide = new HashMap<>();
        for (Done d : all) {
            byPatientKindSide.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
        }
        byPatientKindSide.values().forEach(list -> list.sort(Comparator.comparing(Done::date).thenComparing(Done::id)));
        List<Double> intervals = new ArrayList<>();
        for (Done d : cohort) {
            next(d, byPatientKindSide.getOrDefault(key(d), List.of()))
                    .ifPresent(n -> intervals.add((double) ChronoUnit.DAYS.between(d.date(), n.date())));
        }
        return new Repeats(cohort.size(), intervals.size(), Spread.of(intervals).orElse(null));
    }

    private static Optional<Done> next(Done d, List<Done> sameKind) {
        return sameKind.stream().filter(o -> o.id() != d.id() && o.date().isAfter(d.date())).findFirst();
    }

    private static String key(Done d) {
        return d.patientId() + "|" + d.procedure() + "|" + Objects.toString(d.side(), "");
    }
}
