package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.imaging.FindingKind;
import org.algos.diagnosis.imaging.Modality;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.Patient;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.web.demo.CareHistory.DiaryDay;
import org.algos.web.demo.InterventionHistory.Placed;

/**
 * Jane Doe: lumbar facet pain. MRI facet arthropathy at L4-L5 and L5-S1, two positive lumbar
 * medial branch blocks on different dates, then a bilateral radiofrequency ablation with
 * follow-ups at 2 weeks, 3 and 6 months; her ODI and NRS fall past their MCIDs, and she keeps
 * a daily diary in her own account.
 */
final class JaneDoeHistory {

    private static final String[] LEVELS = {"L4-L5", "L5-S1"};

    /**
     * The ODI sums (of 50) she gave, monthly from 12 months ago to last month; ×2 is the percent.
     * The seventh is the morning of the ablation.
     */
    private static final int[] ODI_SUMS = {23, 23, 22, 22, 21, 21, 15, 13, 12, 10, 10, 9};

    private final DemoRecords r;

    JaneDoeHistory(DemoRecords r) {
        this.r = r;
    }

    void write(Patient jane) {
        LocalDate t = r.today();
        LocalDate intake = t.minusMonths(12);
        LocalDate onset = t.minusMonths(30);
        LocalDate firstBlock = t.minusMonths(9);
        LocalDate secondBlock = t.minusMonths(8);
        LocalDate ablation = t.minusMonths(7);

        Diagnosis spondylosis = r.dx().diagnosis(jane, "ICD10CM", "M47.816", true, onset, r.at(intake, 10, 40));
        Diagnosis chronic = r.dx().diagnosis(jane, "ICD11", "MG30.3", false, onset, r.at(intake, 10, 42));
        r.dx().imaging(jane, Modality.XRAY, intake.minusMonths(2), FindingKind.DISC_DEGENERATION, List.of("L5-S1"),
                null, "Mild disc space narrowing at L5-S1.", r.at(intake, 10, 45));
        r.dx().imaging(jane, Modality.MRI, intake.plusWeeks(3), FindingKind.FACET_ARTHROPATHY, List.of(LEVELS),
                Laterality.BILATERAL, "Facet arthropathy at L4-L5 and L5-S1 on both sides. No disc herniation, "
                        + "no nerve root compression.", r.at(intake.plusWeeks(4), 9, 15));

        questionnaires(jane, t);
        painAssessments(jane, onset, intake, firstBlock, ablation);

        for (LocalDate block : List.of(firstBlock, secondBlock)) {
            String agent = block.equals(firstBlock) ? "lidocaine 2%" : "bupivacaine 0.5%";
            r.dx().block(jane, BlockType.MBB_LUMBAR, Laterality.BILATERAL, List.of(LEVELS), agent, 7, 1, block);
            r.ix().done(jane, Placed.of(Procedure.MBB_LUMBAR, Laterality.BILATERAL, block, LEVELS),
                    new ProcedureNote("posterior oblique", "fluoroscopy", 20, 1.5, "22G", agent, "none", "home"), 7, 1);
        }
        ProcedureRecord rfa = r.ix().done(jane, Placed.of(Procedure.RFA_LUMBAR, Laterality.BILATERAL, ablation, LEVELS),
                new ProcedureNote("posterior oblique", "fluoroscopy", 35, 12.5, "18G RF cannula",
                        "lidocaine 1% 1 ml per level", "none", "home with escort"), 7, 2);
        r.ix().followUp(rfa, ablation.plusWeeks(2), 3, 60, "Walking further; back to light housework", "nurse.kim");
        r.ix().followUp(rfa, ablation.plusMonths(3), 2, 70, "Walks 25 minutes; gardening again", "dr.lee");
        r.ix().followUp(rfa, ablation.plusMonths(6), 2, 70, "Walks 30 minutes on most days", "dr.lee");

        education(jane, intake, firstBlock, ablation, t);
        plan(jane, List.of(DiagnosisHistory.problem(spondylosis), DiagnosisHistory.problem(chronic)), intake,
                firstBlock, ablation, t);
        r.dx().request(jane, "ODI", t.plusDays(7), "nurse.kim", r.at(t.minusDays(1), 12, 0));
        r.care().diary(jane, t.minusDays(365), day -> diaryDay(day, ablation, firstBlock));
    }

    private void questionnaires(Patient jane, LocalDate t) {
        for (int i = 0; i < ODI_SUMS.length; i++) {
            LocalDate on = t.minusMonths(12 - i);
            r.dx().assessment(jane, "ODI", DemoAnswers.disabilityIndex(ODI_SUMS[i]), r.at(on, 8, 0), "pat.doe");
        }
        int[] phq9 = {7, 7, 5, 4, 3};
        int[] monthsAgo = {12, 9, 6, 3, 1};
        for (int i = 0; i < phq9.length; i++) {
            r.dx().assessment(jane, "PHQ9", DemoAnswers.phq9(phq9[i], 0), r.at(t.minusMonths(monthsAgo[i]), 8, 10),
                    "pat.doe");
        }
        // a year ago medium risk (walking, dressing, feeling unsafe, worrying); last month low risk
        r.dx().assessment(jane, "STARTBACK", DemoAnswers.listed(0, 0, 1, 1, 1, 1, 0, 0, 2),
                r.at(t.minusMonths(12), 8, 20), "pat.doe");
        r.dx().assessment(jane, "STARTBACK", DemoAnswers.listed(0, 0, 0, 0, 0, 1, 0, 0, 1),
                r.at(t.minusMonths(1), 8, 20), "pat.doe");
    }

    private void painAssessments(Patient jane, LocalDate onset, LocalDate intake, LocalDate firstBlock,
                                 LocalDate ablation) {
        String worse = "standing, walking, leaning back";
        String better = "sitting, lying down";
        int[][] nrs = {{6, 9, 7}, {7, 9, 7}, {7, 8, 7}, {3, 5, 3}, {2, 4, 3}, {2, 4, 2}};
        LocalDate[] days = {intake, firstBlock, ablation, ablation.plusWeeks(2), ablation.plusMonths(3),
                ablation.plusMonths(6)};
        String[] by = {"nurse.kim", "dr.lee", "nurse.kim", "nurse.kim", "pt.garcia", "dr.lee"};
        for (int i = 0; i < days.length; i++) {
            int average = nrs[i][2];
            r.dx().pain(jane, r.at(days[i], 9, 0), nrs[i][0], nrs[i][1], average, PainType.NOCICEPTIVE, onset, worse,
                    better, List.of(mark(BodyRegion.LOWER_BACK, Laterality.BILATERAL, average),
                            mark(BodyRegion.BUTTOCK, Laterality.BILATERAL, Math.max(0, average - 3))), by[i]);
        }
    }

    private void education(Patient jane, LocalDate intake, LocalDate firstBlock, LocalDate ablation, LocalDate t) {
        r.care().education(jane, "pain-diary", "Please fill it in every evening.", "nurse.kim",
                r.at(intake, 11, 0), r.at(intake, 19, 30));
        r.care().education(jane, "medial-branch-block", null, "dr.lee", r.at(firstBlock.minusWeeks(2), 11, 0),
                r.at(firstBlock.minusWeeks(2).plusDays(1), 20, 0));
        r.care().education(jane, "radiofrequency-ablation", null, "dr.lee", r.at(ablation.minusWeeks(3), 11, 30),
                r.at(ablation.minusWeeks(3).plusDays(2), 18, 45));
        r.care().education(jane, "pacing", null, "pt.garcia", r.at(ablation.plusWeeks(2), 14, 0),
                r.at(ablation.plusWeeks(3), 21, 0));
        r.care().education(jane, "sleep-and-pain", null, "nurse.kim", r.at(t.minusDays(10), 11, 0), null);
    }

    private void plan(Patient jane, List<String> problems, LocalDate intake, LocalDate firstBlock, LocalDate ablation,
                      LocalDate t) {
        CarePlanHistory plans = r.plans();
        CarePlan plan = plans.plan(jane, "Lumbar facet pain: diagnostic blocks, ablation and rehabilitation", problems,
                r.at(intake.plusWeeks(1), 12, 0));
        plans.modality(plan, Discipline.INTERVENTIONAL, "Two lumbar medial branch blocks; radiofrequency ablation if "
                + "both are positive", "as planned", "dr.lee", ModalityStatus.COMPLETED, "dr.lee", plan.createdAt());
        plans.modality(plan, Discipline.PHYSIOTHERAPY, "Core strengthening and graded walking", "weekly", "pt.garcia",
                ModalityStatus.ACTIVE, "pt.garcia", plan.createdAt().plusDays(2));
        plans.modality(plan, Discipline.EDUCATION, "Pacing and the pain diary", "monthly", "nurse.kim",
                ModalityStatus.ACTIVE, "nurse.kim", plan.createdAt().plusDays(2));

        CarePlanGoal walk = plans.goal(plan, "Walk 30 minutes without stopping", "minutes walked without stopping",
                "30", t.plusMonths(2));
        plans.progress(walk, intake.plusMonths(1), "Walks 10 minutes before the pain stops her.", "pt.garcia");
        plans.progress(walk, ablation.plusMonths(1), "20 minutes since the ablation.", "pt.garcia");
        plans.progress(walk, ablation.plusMonths(6), "30 minutes on most days.", "pt.garcia");
        plans.achieved(walk, r.at(ablation.plusMonths(6), 17, 5));
        CarePlanGoal odi = plans.goal(plan, "Oswestry Disability Index at 20 % or less", "ODI percent", "20 % or less",
                t.plusMonths(1));
        plans.progress(odi, ablation.plusMonths(1), "ODI " + odiPercent(6) + " %, down from " + odiPercent(12)
                + " % a year ago.", "dr.lee");
        plans.progress(odi, t.minusMonths(3), "ODI " + odiPercent(3) + " %: target reached.", "dr.lee");
        plans.achieved(odi, r.at(t.minusMonths(3), 17, 5));
        CarePlanGoal garden = plans.goal(plan, "Garden for an hour", "minutes of gardening at a time", "60",
                t.plusMonths(3));
        plans.progress(garden, ablation.plusMonths(3), "Gardening again, 30 minutes at a time.", "pt.garcia");

        plans.done(plan, "Book the second medial branch block", "nurse.kim", firstBlock.plusWeeks(1), "dr.lee",
                r.at(firstBlock, 16, 30), r.at(firstBlock.plusDays(2), 10, 0));
        plans.done(plan, "Send the ablation preparation leaflet", "nurse.kim", ablation.minusWeeks(2), "dr.lee",
                r.at(ablation.minusWeeks(3), 12, 0), r.at(ablation.minusWeeks(2), 9, 30));
        plans.task(plan, "Review the 6-month ablation follow-up and decide on a repeat", "dr.lee", t.plusDays(7),
                "dr.lee", r.at(ablation.plusMonths(6), 17, 10));
        plans.task(plan, "Progress the home exercise programme", "pt.garcia", t.plusDays(5), "pt.garcia",
                r.at(t.minusWeeks(2), 15, 0));
    }

    /** The ODI percent she gave {@code monthsAgo} months ago (12 to 1). */
    private static int odiPercent(int monthsAgo) {
        return ODI_SUMS[12 - monthsAgo] * 2;
    }

    /** Back pain around 7 before the ablation, falling over the weeks after it; more walking and sleep. */
    private static DiaryDay diaryDay(LocalDate day, LocalDate ablation, LocalDate firstBlock) {
        int base;
        if (day.isBefore(ablation)) {
            base = 7;
        } else if (day.isBefore(ablation.plusWeeks(2))) {
            base = 4;
        } else {
            base = day.isBefore(ablation.plusMonths(3)) ? 3 : 2;
        }
        int pain = Math.max(0, base + CareHistory.wobble(day));
        boolean after = !day.isBefore(ablation);
        String note = null;
        if (day.equals(firstBlock)) {
            note = "Block today: the pain went for the afternoon.";
        } else if (day.equals(ablation)) {
            note = "Ablation today. Sore where the needles went in.";
        } else if (day.getDayOfMonth() == 1) {
            note = after ? "Walked to the shops and back." : "Bad night; could not stand for long at work.";
        }
        return new DiaryDay(pain, after ? 7.0 : 5.5, after ? 40 + 5 * CareHistory.wobble(day) : 15, null, note);
    }
}
