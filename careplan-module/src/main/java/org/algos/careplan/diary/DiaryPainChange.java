package org.algos.careplan.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The diary's first week compared with its latest week, by the NRS rule of the clinical
 * reference: a change of pain is clinically important when it falls by at least 2 points or at
 * least 30 % from baseline (Farrar et al. 2001; IMMPACT).
 *
 * <p>The reference states the rule for a change from a baseline score, not how to read a diary;
 * comparing weekly means, the weeks not overlapping, and asking for at least
 * {@link #MIN_DAYS_PER_WEEK} entries in each week so that one odd day does not decide, are this
 * project's choices.
 */
public record DiaryPainChange(LocalDate baselineFrom, double baselineMean, int baselineDays, LocalDate recentTo,
                              double recentMean, int recentDays) {

    static final int WEEK = 7;
    static final int MIN_DAYS_PER_WEEK = 3;
    private static final double EPSILON = 1e-9;

    /** One day's pain (NRS 0–10). */
    public record Day(LocalDate date, int pain) {
    }

    /**
     * Compares the week starting at the diary's first day with the week ending at its latest day.
     * Empty until the two weeks no longer overlap (13 days after the first entry) and each has
     * at least {@link #MIN_DAYS_PER_WEEK} entries.
     *
     * @param firstWeek  the entries of the seven days starting at the diary's first day
     * @param latestWeek the entries of the seven days ending at the diary's latest day
     */
    public static Optional<DiaryPainChange> compare(List<Day> firstWeek, List<Day> latestWeek) {
        if (firstWeek.isEmpty() || latestWeek.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = firstWeek.stream().map(Day::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = latestWeek.stream().map(Day::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate baselineTo = first.plusDays(WEEK - 1);
        LocalDate recentFrom = latest.minusDays(WEEK - 1);
        if (!recentFrom.isAfter(baselineTo)) {
            return Optional.empty();
        }
        List<Day> baseline = firstWeek.stream().filter(d -> !d.date().isAfter(baselineTo)).toList();
        List<Day> recent = latestWeek.stream().filter(d -> !d.date().isBefore(recentFrom)).toList();
        if (baseline.size() < MIN_DAYS_PER_WEEK || recent.size() < MIN_DAYS_PER_WEEK) {
            return Optional.empty();
        }
        return Optional.of(new DiaryPainChange(first, mean(baseline), baseline.size(), latest, mean(recent),
                recent.size()));
    }

    private static double mean(List<Day> days) {
        return days.stream().mapToInt(Day::pain).average().orElseThrow();
    }

    /** Points fallen from the first week to the latest (negative when pain rose). */
    public double fall() {
        return baselineMean - recentMean;
    }

    /** Percent of the first week's mean that pain fell by; 0 when the first week had no pain. */
    public double fallPercent() {
        return baselineMean == 0 ? 0 : fall() / baselineMean * 100;
    }

    /** Farrar 2001 / IMMPACT: a fall of at least 2 points or at least 30 % of the baseline. */
    public boolean clinicallyImportant() {
        return fall() >= 2 - EPSILON || (baselineMean > 0 && fallPercent() >= 30 - EPSILON);
    }

    /** The comparison in plain words for the patient. */
    public String explanation() {
        String from = number(baselineMean);
        String to = number(recentMean);
        String intro = "Your average pain was " + from + " out of 10 in your first diary week and " + to
                + " in your latest week";
        if (Math.abs(fall()) < 0.05) {
            return intro + ": about the same.";
        }
        if (fall() < 0) {
            return intro + ": " + number(-fall()) + " points higher. Your care team can see your diary and can talk"
                    + " it through with you.";
        }
        String change = number(fall()) + " points (" + number(fallPercent()) + " %) lower";
        return clinicallyImportant()
                ? intro + ": " + change + ". A fall of 2 points or 30 % is counted as a change that makes a real"
                        + " difference, and yours is at least that."
                : intro + ": " + change + ". A fall of 2 points or 30 % is counted as a change that makes a real"
                        + " difference; yours is smaller so far.";
    }

    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }
}
