package org.algos.intervention.holds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.algos.intervention.catalogue.BleedingRisk;

/**
 * How long anticoagulants and antiplatelets are held before a procedure (ASRA Pain Medicine /
 * ESRA, Narouze et al. 2015 and 2018, second edition,).
 *
 * <p>Before high- and intermediate-risk procedures: warfarin 5 days (and a normal INR);
 * clopidogrel 7; prasugrel 7 (the reference gives 7–10); ticagrelor 5; apixaban, rivaroxaban and
 * edoxaban 3; dabigatran 4 (5–6 with renal impairment); fondaparinux 4. Before high-risk
 * procedures only: aspirin for primary prevention 6 days, NSAIDs about 5 half-lives. Before
 * low-risk procedures nothing is held by default. Where the reference gives a range the lower
 * value is the default and a clinic may set another through the constructor or
 * {@link #withHoldDays(String, int)}.
 *
 * <p>The reference gives no day count for NSAIDs and no list of them: {@link #DEFAULT_NSAIDS}
 * is ours, of the NSAIDs commonly taken, as is the second name for aspirin. Names are generic
 * names, matched ignoring case and surrounding blanks.
 */
public final class AnticoagulantHoldTable {

    public static final String SOURCE = BleedingRisk.SOURCE;

    /** Days held before high- and intermediate-risk procedures, the reference's defaults. */
    public static final Map<String, Integer> DEFAULT_HOLD_DAYS = defaultHoldDays();

    /** Days aspirin for primary prevention is held before a high-risk procedure. */
    public static final int DEFAULT_ASPIRIN_PRIMARY_PREVENTION_DAYS = 6;

    /** Our list of common NSAIDs, held about 5 half-lives before a high-risk procedure. */
    public static final Set<String> DEFAULT_NSAIDS = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("ibuprofen", "naproxen", "diclofenac", "meloxicam", "celecoxib", "ketorolac",
                    "indomethacin", "etodolac")));

    /** Generic names of aspirin; the second is ours. */
    public static final Set<String> ASPIRIN = Set.of("aspirin", "acetylsalicylic acid");

    private final Map<String, Integer> holdDays;
    private final int aspirinPrimaryPreventionDays;
    private final Set<String> nsaids;

    /**
     * @param holdDaysBeforeHighAndIntermediateRisk days per drug, each at least 1
     * @param aspirinPrimaryPreventionDays          days aspirin for primary prevention is held before a high-risk procedure
     * @param nsaids                                the NSAIDs held about 5 half-lives before a high-risk procedure
     * @throws IllegalArgumentException when a day count is below 1, a name is blank, or a drug is in two groups
     */
    public AnticoagulantHoldTable(Map<String, Integer> holdDaysBeforeHighAndIntermediateRisk,
                                  int aspirinPrimaryPreventionDays, Set<String> nsaids) {
        Objects.requireNonNull(holdDaysBeforeHighAndIntermediateRisk, "holdDaysBeforeHighAndIntermediateRisk");
        Objects.requireNonNull(nsaids, "nsaids");
        Map<String, Integer> days = new LinkedHashMap<>();
        holdDaysBeforeHighAndIntermediateRisk.forEach((drug, count) -> {
            String name = requireName(drug);
            if (count == null || count < 1) {
                throw new IllegalArgumentException("The hold for " + name + " must be at least 1 day, not " + count);
            }
            if (days.put(name, count) != null) {
                throw new IllegalArgumentException(name + " is listed twice");
            }
        });
        if (aspirinPrimaryPreventionDays < 1) {
            throw new IllegalArgumentException("The aspirin hold must be at least 1 day, not " + aspirinPrimaryPreventionDays);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String drug : nsaids) {
            names.add(requireName(drug));
        }
        for (String name : names) {
            if (days.containsKey(name)) {
                throw new IllegalArgumentException(name + " cannot be both an NSAID and held a fixed number of days");
            }
        }
        for (String name : ASPIRIN) {
            if (days.containsKey(name) || names.contains(name)) {
                throw new IllegalArgumentException("Aspirin is held by its own rule, for primary prevention only");
            }
        }
        this.holdDays = Collections.unmodifiableMap(days);
        this.aspirinPrimaryPreventionDays = aspirinPrimaryPreventionDays;
        this.nsaids = Collections.unmodifiableSet(names);
    }

    /** The reference's table. */
    public static AnticoagulantHoldTable defaults() {
        return new AnticoagulantHoldTable(DEFAULT_HOLD_DAYS, DEFAULT_ASPIRIN_PRIMARY_PREVENTION_DAYS, DEFAULT_NSAIDS);
    }

    /** This table with another day count for one drug, e.g. prasugrel 10 within the reference's 7–10. */
    public AnticoagulantHoldTable withHoldDays(String drug, int days) {
        Map<String, Integer> changed = new LinkedHashMap<>(holdDays);
        changed.put(requireName(drug), days);
        return new AnticoagulantHoldTable(changed, aspirinPrimaryPreventionDays, nsaids);
    }

    /** Days held before high- and intermediate-risk procedures; empty for aspirin, NSAIDs and other drugs. */
    public Optional<Integer> holdDays(String drug) {
        return Optional.ofNullable(holdDays.get(normalised(drug)));
    }

    public Map<String, Integer> holdDays() {
        return holdDays;
    }

    public int aspirinPrimaryPreventionDays() {
        return aspirinPrimaryPreventionDays;
    }

    public Set<String> nsaids() {
        return nsaids;
    }

    public boolean isAspirin(String drug) {
        return ASPIRIN.contains(normalised(drug));
    }

    public boolean isNsaid(String drug) {
        return nsaids.contains(normalised(drug));
    }

    /** The name in the form the table keeps: stripped and lower case; empty text for none. */
    static String normalised(String drug) {
        return drug == null ? "" : drug.strip().toLowerCase(Locale.ROOT);
    }

    private static String requireName(String drug) {
        String name = normalised(drug);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A drug name is required");
        }
        return name;
    }

    private static Map<String, Integer> defaultHoldDays() {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put("warfarin", 5);
        days.put("clopidogrel", 7);
        days.put("prasugrel", 7);
        days.put("ticagrelor", 5);
        days.put("apixaban", 3);
        days.put("rivaroxaban", 3);
        days.put("edoxaban", 3);
        days.put("dabigatran", 4);
        days.put("fondaparinux", 4);
        return Collections.unmodifiableMap(days);
    }
}
