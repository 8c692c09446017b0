package org.algos.intervention.outcome;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The registry's figures for a cohort of completed procedures and the outcome measured for each at
 * one follow-up point: per measure the responders, the share among those followed up (complete
 * cases) with its 95 % Wilson interval, and the share of the whole cohort with a missing outcome
 * counted as no response (worst case); the median change of pain with its quartiles; and the same
 * by sex and by age band.
 *
 * <p>Measures: {@code nrs30} and {@code nrs50}, pain on the 0–10 scale at least 30 % or 50 % below
 * the pain recorded before the procedure (IMMPACT, {@link PainResponse}); {@code function-mcid},
 * the ODI or NDI improved by at least the instrument's MCID from the last score before it.
 */
public final class RegistryFigures {

    /** A procedure of the cohort. */
    public record Treated(long procedureId, Integer painBefore, String sex, LocalDate birthDate, LocalDate date) {

        int ageOnTheDay() {
            return Period.between(birthDate, date).getYears();
        }
    }

    /** What was measured for a procedure at the point (nearest the point within its window). */
    public record Measured(long procedureId, int daysAfter, Integer painNow, Boolean functionImproved) {
    }

    /** One measure's responders. */
    public record Outcome(String measure, ResponderShare share) {
    }

    /** The figures of a group of the cohort. */
    public record Group(String by, String name, int cohort, int followedUp, List<Outcome> outcomes) {
    }

    /** The figures of the whole cohort, then by sex and by age band; for ablations, the time to a repeat. */
    public record Figures(int cohort, int followedUp, List<Outcome> outcomes, Spread painChange, List<Group> groups,
                          RepeatInterval.Repeats repeats) {

        public Figures withRepeats(RepeatInterval.Repeats found) {
            return new Figures(cohort, followedUp, outcomes, painChange, groups, found);
        }
    }

    /** Age bands on the day of the procedure. */
    static final List<Integer> AGE_BANDS_FROM = List.of(0, 45, 65);

    private RegistryFigures() {
    }

    public static Figures of(Collection<Treated> cohort, Map<Long, Measured> measured) {
        List<Double> changes = new ArrayList<>();
        for (Treated t : cohort) {
            Measured m = measured.get(t.procedureId());
            if (m != null && m.painNow() != null && t.painBefore() != null) {
                changes.add((double) (m.painNow() - t.painBefore()));
            }
        }
        List<Group> groups = new ArrayList<>();
        groups.addAll(groups("sex", cohort, measured, Treated::sex));
        groups.addAll(groups("age", cohort, measured, RegistryFigures::ageBand));
        return new Figures(cohort.size(), followedUp(cohort, measured), outcomes(cohort, measured),
                Spread.of(changes).orElse(null), groups, null);
    }

    static String ageBand(Treated t) {
        int age = t.ageOnTheDay();
        for (int i = AGE_BANDS_FROM.size() - 1; i >= 0; i--) {
            if (age >= AGE_BANDS_FROM.get(i)) {
                return i == AGE_BANDS_FROM.size() - 1 ? AGE_BANDS_FROM.get(i) + "+"
                        : AGE_BANDS_FROM.get(i) + "–" + (AGE_BANDS_FROM.get(i + 1) - 1);
            }
        }
        return "unknown";
    }

    private static List<Group> groups(String by, Collection<Treated> cohort, Map<Long, Measured> measured,
                                      Function<Treated, String> key) {
        Map<String, List<Treated>> split = new LinkedHashMap<>();
        cohort.stream().sorted(java.util.Comparator.comparing(key)).forEach(t ->
                split.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Group> groups = new ArrayList<>();
        split.forEach((name, members) -> groups.add(new Group(by, name, members.size(), followedUp(members, measured),
                outcomes(members, measured))));
        return groups;
    }

    private static int followedUp(Collection<Treated> cohort, Map<Long, Measured> measured) {
        return (int) cohort.stream().filter(t -> measured.containsKey(t.procedureId())).count();
    }

    private static List<Outcome> outcomes(Collection<Treated> cohort, Map<Long, Measured> measured) {
        Predicate<Treated> painKnown = t -> t.painBefore() != null && painNow(t, measured) != null;
        Predicate<Treated> functionKnown = t -> measured.containsKey(t.procedureId())
                && measured.get(t.procedureId()).functionImproved() != null;
        return List.of(
                outcome("nrs30", cohort, painKnown, t -> PainResponse.atLeast30(t.painBefore(), painNow(t, measured))),
                outcome("nrs50", cohort, painKnown, t -> PainResponse.atLeast50(t.painBefore(), painNow(t, measured))),
                outcome("function-mcid", cohort, functionKnown, t -> measured.get(t.procedureId()).functionImproved()));
    }

    private static Integer painNow(Treated t, Map<Long, Measured> measured) {
        Measured m = measured.get(t.procedureId());
        return m == null ? null : m.painNow();
    }

    private static Outcome outcome(String measure, Collection<Treated> cohort, Predicate<Treated> known,
                                   Predicate<Treated> responded) {
        int followedUp = 0;
        int responders = 0;
        for (Treated t : cohort) {
            if (known.test(t)) {
                followedUp++;
                if (responded.test(t)) {
                    responders++;
                }
            }
        }
        return new Outcome(measure, ResponderShare.of(responders, followedUp, cohort.size()));
    }
}
