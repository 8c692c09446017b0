package org.algos.careplan.web.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.algos.careplan.medication.MmeResult;
import org.algos.web.kit.portal.Shown;
import org.algos.web.kit.portal.SummaryLine;
import org.algos.web.kit.portal.SummaryTile;

/**
 * The care plan's tiles of the chart summary: the diary's last week (a line of the pain tile),
 * today's MME with its CDC level and advice, and the goals of the plan in force.
 */
public final class CareSummaryTiles {

    /** Days of the diary that the pain line averages, today included. */
    public static final int DIARY_DAYS = 7;

    /** How many goals the goals tile lists before it says how many more there are. */
    public static final int GOALS_SHOWN = 6;

    /** The diary over the last {@value #DIARY_DAYS} days: how many days have an entry, their mean pain, the latest day. */
    public record DiaryWeek(long days, Double averagePain, LocalDate lastDay) {

        public static DiaryWeek none() {
            return new DiaryWeek(0, null, null);
        }
    }

    /** A goal of the plan in force. */
    public record GoalFact(long id, String description, String measure, String targetValue, LocalDate targetDate,
                           String status) {
    }

    private CareSummaryTiles() {
    }

    /** {@code planTitle} names the plan in force (the active one, or a draft while none is active), null when none. */
    public static List<SummaryTile> assemble(DiaryWeek diary, MmeResult mme, String planTitle, List<GoalFact> goals) {
        List<SummaryLine> pain = new ArrayList<>();
        diary(diary).ifPresent(pain::add);
        return List.of(new SummaryTile("pain", "Pain", List.copyOf(pain), "No pain assessment, BPI or diary entry yet."),
                new SummaryTile("mme", "Opioids (MME)", List.of(mme(mme)), ""),
                new SummaryTile("goals", planTitle == null ? "Goals" : "Goals · " + planTitle, goals(goals),
                        planTitle == null ? "No open care plan." : "The care plan has no goals yet."));
    }

    static Optional<SummaryLine> diary(DiaryWeek week) {
        if (week == null || week.days() == 0 || week.averagePain() == null) {
            return Optional.empty();
        }
        return Optional.of(new SummaryLine("diary", "Diary, last " + DIARY_DAYS + " days",
                Shown.number(week.averagePain()) + "/10", "", Shown.date(week.lastDay()), "", false,
                "mean of " + week.days() + (week.days() == 1 ? " day" : " days"),
                "Mean pain (NRS) of the patient's diary entries over the last " + DIARY_DAYS + " days, today included"));
    }

    static SummaryLine mme(MmeResult mme) {
        if (mme == null) {
            return new SummaryLine("mme", "MME/day", "—", "", "", "", false, "", "");
        }
        String note = String.join(" ", mme.advice());
        return new SummaryLine("mme", "MME/day", Shown.number(mme.totalMme()), mme.level().code(), "today", "", false,
                note, mme.source());
    }

    static List<SummaryLine> goals(List<GoalFact> goals) {
        List<SummaryLine> lines = new ArrayList<>();
        for (GoalFact g : goals.stream().limit(GOALS_SHOWN).toList()) {
            lines.add(new SummaryLine("goal-" + g.id(), g.description(), g.targetValue(), g.status(),
                    "by " + Shown.date(g.targetDate()), "", false, g.measure(), "SMART goal: " + g.measure()
                    + ", target " + g.targetValue() + " by " + Shown.date(g.targetDate())));
        }
        if (goals.size() > GOALS_SHOWN) {
            int more = goals.size() - GOALS_SHOWN;
            lines.add(new SummaryLine("goal-more", "…and " + more + " more", "", "", "", "", false, "",
                    "Open the care plan"));
        }
        return List.copyOf(lines);
    }
}
