package org.algos.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.medication.OpioidDose;
import org.algos.careplan.web.portal.CareSummaryTiles.DiaryWeek;
import org.algos.careplan.web.portal.CareSummaryTiles.GoalFact;
import org.algos.careplan.web.portal.CareSummaryTiles;
import org.algos.diagnosis.web.portal.DiagnosisSummaryTiles.NrsFact;
import org.algos.diagnosis.web.portal.DiagnosisSummaryTiles.ScoreFact;
import org.algos.diagnosis.web.portal.DiagnosisSummaryTiles;
import org.algos.web.kit.portal.SummaryLine;
import org.algos.web.kit.portal.SummaryTile;
import org.junit.jupiter.api.Test;

class ChartSummaryTest {

    private static final LocalDateTime JAN = LocalDateTime.of(2025, 1, 10, 9, 0);
    private static final LocalDateTime JUN = LocalDateTime.of(2025, 6, 10, 9, 0);
    private static final MmeCalculator MME = new MmeCalculator();

    private static ScoreFact odi(LocalDateTime at, long id, double percent, String band) {
        return new ScoreFact("ODI", at, id, percent / 2, percent, band, percent);
    }

    private static ScoreFact score(String code, LocalDateTime at, long id, double total, String band) {
        return new ScoreFact(code, at, id, total, null, band, total);
    }

    private static ChartSummary summary(List<ScoreFact> scores, List<NrsFact> nrs, DiaryWeek diary, String plan,
                                        List<GoalFact> goals) {
        return assemble(scores, nrs, diary, MME.calculate(List.of()), plan, goals);
    }

    /** The chart composes the diagnosis tiles, then the care plan's. */
    private static ChartSummary assemble(List<ScoreFact> scores, List<NrsFact> nrs, DiaryWeek diary, MmeResult mme,
                                         String plan, List<GoalFact> goals) {
        return ChartSummary.compose(List.of(DiagnosisSummaryTiles.assemble(scores, nrs),
                CareSummaryTiles.assemble(diary, mme, plan, goals)));
    }

    private static SummaryLine only(ChartSummary summary, String tile) {
        List<SummaryLine> lines = summary.tile(tile).lines();
        assertEquals(1, lines.size(), lines::toString);
        return lines.get(0);
    }

    @Test
    void theTilesComeSideBySideInTheirOrderEachWithAnEmptyTextWhenNothingIsRecorded() {
        ChartSummary empty = summary(List.of(), List.of(), DiaryWeek.none(), null, List.of());
        assertEquals(List.of("pain", "function", "mood", "catastrophizing", "mme", "goals"),
                empty.tiles().stream().map(SummaryTile::key).toList());
        assertTrue(empty.tile("pain").lines().isEmpty());
        assertEquals("No ODI or NDI yet.", empty.tile("function").emptyText());
        assertEquals("No open care plan.", empty.tile("goals").emptyText());
        SummaryLine mme = only(empty, "mme");
        assertEquals("0", mme.value());
        assertEquals("below50", mme.band());
    }

    @Test
    void theLatestScoreIsComparedWithTheFirstWhateverTheOrderTheyWereReadIn() {
        // ODI 40 % in January, 24 % in June: a fall of 16 points reaches the MCID of 10 (Ostelo 2008).
        SummaryLine odi = only(summary(List.of(odi(JUN, 9, 24, "moderate"), odi(JAN, 3, 40, "moderate")), List.of(),
                DiaryWeek.none(), null, List.of()), "function");
        assertEquals("odi", odi.key());
        assertEquals("24 %", odi.value());
        assertEquals("moderate", odi.band());
        assertEquals("2025-06-10", odi.date());
        assertEquals("\u221216 since 2025-01-10", odi.change());
        assertTrue(odi.mcidReached());
        assertEquals("mid", odi.tone());
    }

    @Test
    void aChangeSmallerThanTheMcidIsShownWithoutTheFlag() {
        // PHQ-9 12 → 8: a fall of 4, the MCID is 5.
        SummaryLine phq9 = summary(List.of(score("PHQ9", JAN, 1, 12, "moderate"), score("PHQ9", JUN, 2, 8, "mild")),
                List.of(), DiaryWeek.none(), null, List.of()).tile("mood").lines().get(0);
        assertEquals("\u22124 since 2025-01-10", phq9.change());
        assertFalse(phq9.mcidReached());
        // Exactly the MCID counts: GAD-7 10 → 6 is a fall of 4.
        SummaryLine gad7 = summary(List.of(score("GAD7", JAN, 1, 10, "moderate"), score("GAD7", JUN, 2, 6, "mild")),
                List.of(), DiaryWeek.none(), null, List.of()).tile("mood").lines().get(0);
        assertTrue(gad7.mcidReached());
    }

    @Test
    void aSingleScoreIsTheBaselineAndAWorseningIsNeverClinicallyImportantImprovement() {
        SummaryLine pcs = only(summary(List.of(score("PCS", JAN, 1, 33, "clinically relevant catastrophizing")), List.of(),
                DiaryWeek.none(), null, List.of()), "catastrophizing");
        assertEquals("baseline", pcs.change());
        assertEquals("high", pcs.tone());
        SummaryLine odi = only(summary(List.of(odi(JAN, 1, 20, "minimal"), odi(JUN, 2, 44, "severe")), List.of(),
                DiaryWeek.none(), null, List.of()), "function");
        assertEquals("+24 since 2025-01-10", odi.change());
        assertFalse(odi.mcidReached());
    }

    @Test
    void moodShowsPhq9ThenGad7AndFunctionBothOdiAndNdiWhenBothAreInUse() {
        ChartSummary s = summary(List.of(score("GAD7", JAN, 1, 7, "mild"), score("PHQ9", JAN, 2, 9, "mild"),
                        new ScoreFact("NDI", JAN, 3, 12, 24.0, "mild", 12.0), odi(JAN, 4, 30, "moderate")),
                List.of(), DiaryWeek.none(), null, List.of());
        assertEquals(List.of("phq9", "gad7"), s.tile("mood").lines().stream().map(SummaryLine::key).toList());
        assertEquals(List.of("odi", "ndi"), s.tile("function").lines().stream().map(SummaryLine::key).toList());
        assertEquals("12 (24 %)", s.tile("function").lines().get(1).value());
    }

    @Test
    void painPutsTheNrsTheBpiAndTheDiaryWeekTogether() {
        // NRS average 7 → 5: a fall of 2 points is clinically important (Farrar 2001).
        List<NrsFact> nrs = List.of(new NrsFact(JUN, 8, 4, 7, 5), new NrsFact(JAN, 2, 6, 9, 7));
        ScoreFact bpi = new ScoreFact("BPI", JUN, 5, 5.5, null, "severe", 5.7);
        ChartSummary s = summary(List.of(bpi), nrs, new DiaryWeek(7, 34 / 7.0, LocalDate.of(2025, 6, 12)), null,
                List.of());
        List<SummaryLine> pain = s.tile("pain").lines();
        assertEquals(List.of("nrs", "bpi", "diary"), pain.stream().map(SummaryLine::key).toList());
        assertEquals("5/10", pain.get(0).value());
        assertEquals("\u22122 since 2025-01-10", pain.get(0).change());
        assertTrue(pain.get(0).mcidReached());
        assertEquals("now 4, worst 7", pain.get(0).note());
        assertEquals("5.5", pain.get(1).value());
        assertEquals("severe", pain.get(1).band());
        assertEquals("4.9/10", pain.get(2).value());
        assertEquals("2025-06-12", pain.get(2).date());
        assertEquals("mean of 7 days", pain.get(2).note());
    }

    @Test
    void theNrsFallOf30PercentCountsEvenWhenItIsUnderTwoPoints() {
        List<NrsFact> nrs = List.of(new NrsFact(JAN, 1, 3, 4, 3), new NrsFact(JUN, 2, 2, 3, 2));
        SummaryLine line = summary(List.of(), nrs, DiaryWeek.none(), null, List.of()).tile("pain").lines().get(0);
        assertTrue(line.mcidReached(), "3 → 2 is a fall of 33 %");
    }

    @Test
    void theMmeTileCarriesTheLevelAndTheGuidelinesAdvice() {
        ChartSummary s = assemble(List.of(), List.of(), DiaryWeek.none(),
                MME.calculate(List.of(OpioidDose.oral("oxycodone", 20, 2))), null, List.of());
        SummaryLine mme = only(s, "mme");
        assertEquals("60", mme.value());
        assertEquals("50to89", mme.band());
        assertTrue(mme.note().contains("reassess benefit, offer naloxone"), mme.note());
    }

    @Test
    void goalsOfTheActivePlanAreListedWithTheirStatusAndTheRestCounted() {
        List<GoalFact> goals = new java.util.ArrayList<>();
        for (long i = 1; i <= CareSummaryTiles.GOALS_SHOWN + 2; i++) {
            goals.add(new GoalFact(i, "Goal " + i, "minutes walked", "30", LocalDate.of(2025, 9, 1), "in-progress"));
        }
        ChartSummary s = summary(List.of(), List.of(), DiaryWeek.none(), "Back pain plan", goals);
        assertEquals("Goals · Back pain plan", s.tile("goals").title());
        List<SummaryLine> lines = s.tile("goals").lines();
        assertEquals(CareSummaryTiles.GOALS_SHOWN + 1, lines.size());
        assertEquals("goal-1", lines.get(0).key());
        assertEquals("in-progress", lines.get(0).band());
        assertEquals("by 2025-09-01", lines.get(0).date());
        assertEquals("…and 2 more", lines.get(lines.size() - 1).label());
        assertEquals("The care plan has no goals yet.",
                summary(List.of(), List.of(), DiaryWeek.none(), "Plan", List.of()).tile("goals").emptyText());
    }
}
