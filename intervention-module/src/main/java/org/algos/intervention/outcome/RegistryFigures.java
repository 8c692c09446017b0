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
 * by sex, age band, baseline catastrophizing (PCS), baseline depression (PHQ-9 band) and opioid
 * dose (CDC MME level), each as it was recorded before the procedure ({@link ProcedureBaseline}).
 *
 * <p>Measures: {@code nrs30} and {@code nrs50}, pain on the 0–10 scale at least 30 % or 50 % below
 * the pain recorded before the procedure (IMMPACT, {@link PainResponse}); {@code function-mcid},
 * the ODI or NDI improved by at least the instrument's MCID from the last score before it.
 */
public final class RegistryFigures {

    /** A procedure of the cohort, with what its baseline said (each null when not recorded). */
    public record Treated(long procedureId, Integer painBefore, String sex, LocalDate birthDate, LocalDate date,
                          Integer pcsTotal, String phq9Band, String mmeLevel) {

        public Treated(long procedureId, Integer painBefore, String sex, LocalDate birthDate, LocalDate date) {
            this(procedureId, painBefore, sex, birthDate, date, null, null, null);
        }

        /** The same procedure with its baseline. */
        public Treated with(Integer pcs, String phq9, String mme) {
            return new Treated(procedureId, painBefore, sex, birthDate, date, pcs, phq9, mme);
        }

        int ageOnTheDay() {
            return Period.between(birthDate, date).getYears();
        }
    }

    /**
     * What was measured for a procedure at the point (nearest the point within its window): pain,
     * and the function index with its baseline and whether it improved by its MCID.
     */
    public record Measured(long procedureId, int daysAfter, Integer painNow, Boolean functionImproved,
                           String functionInstrument, Double functionScore, Double functionBaseline) {

        public Measured(long procedureId, int daysAfter, Integer painNow, Boolean functionImproved) {
            this(procedureId, daysAfter, painNow, functionImproved, null, null, null);
        }

        /** This measurement's day and pain with the function result of another (or this one's own). */
        Measured withFunctionOf(Measured other) {
            return new Measured(procedureId, daysAfter, painNow, other.functionImproved, other.functionInstrument,
                    other.functionScore, other.functionBaseline);
        }

        Measured withPainOf(Measured other) {
            return new Measured(procedureId, daysAfter, other.painNow, functionImproved, functionInstrument,
                    functionScore, functionBaseline);
        }
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

    /** A PCS total from which catastrophizing is clinically relevant (Sullivan, PCS user manual, 2009). */
    static final int PCS_CATASTROPHIZING = 30;

    /** Banded groups in their clinical order. */
    static final List<String> GROUP_ORDER = List.of("PCS <30", "PCS ≥30", "PHQ-9 minimal", "PHQ-9 mild",
            "PHQ-9 moderate", "PHQ-9 moderately severe", "PHQ-9 severe", "below 50 MME/day", "50–89 MME/day",
            "90+ MME/day");

    /** The name of a group whose baseline was not recorded. */
    static final String NOT_RECORDED = "not recorded";

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
        groups.addAll(groups("catastrophizing", cohort, measured, RegistryFigures::catastrophizing));
        groups.addAll(groups("depression", cohort, measured, t -> t.phq9Band() == null ? NOT_RECORDED
                : "PHQ-9 " + t.phq9Band()));
        groups.addAll(groups("opioids", cohort, measured, RegistryFigures::opioids));
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

    static String catastrophizing(Treated t) {
        if (t.pcsTotal() == null) {
            return NOT_RECORDED;
        }
        return t.pcsTotal() >= PCS_CATASTROPHIZING ? "PCS ≥30" : "PCS <30";
    }

    /** The CDC 2022 level of the dose taken on the day (codes of the care-plan module's MME levels). */
    static String opioids(Treated t) {
        if (t.mmeLevel() == null) {
            return NOT_RECORDED;
        }
        return switch (t.mmeLevel()) {
            case "below50" -> "below 50 MME/day";
            case "50to89" -> "50–89 MME/day";
            case "90plus" -> "90+ MME/day";
            default -> t.mmeLevel();
        };
    }

    private static List<Group> groups(String by, Collection<Treated> cohort, Map<Long, Measured> measured,
                                      Function<Treated, String> key) {
        Map<String, List<Treated>> split = new LinkedHashMap<>();
        // Bands in their clinical order (the order of GROUP_ORDER), then other names alphabetically, unrecorded last.
        cohort.stream().sorted(java.util.Comparator.comparing((Treated t) -> rank(key.apply(t))).thenComparing(key))
                .forEach(t ->
                split.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Group> groups = new ArrayList<>();
        split.forEach((name, members) -> groups.add(new Group(by, name, members.size(), followedUp(members, measured),
                outcomes(members, measured))));
        return groups;
    }

    private static int rank(String group) {
        int rank = GROUP_ORDER.indexOf(group);
        return group.equals(NOT_RECORDED) ? Integer.MAX_VALUE : rank < 0 ? GROUP_ORDER.size() : rank;
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
