package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.Patient;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;

/**
 * Sophie Dubois: chronic primary neck and shoulder pain with high pain catastrophizing and
 * moderate depression, in pain-focused CBT. Her PHQ-9 stays moderate; the one time she answered
 * item 9 above 0 the psychologist acknowledged the alert the same day. Her catastrophizing, anxiety
 * and neck disability fall over the months, her catastrophizing still above the clinical line.
 */
final class SophieDuboisHistory {

    /** Months ago of her first three sets of questionnaires; the fourth was two weeks ago. */
    private static final int[] MONTHS_AGO = {10, 7, 4};

    private final DemoRecords r;

    SophieDuboisHistory(DemoRecords r) {
        this.r = r;
    }

    void write(Patient sophie) {
        LocalDate t = r.today();
        LocalDate intake = t.minusMonths(10);
        LocalDate onset = t.minusYears(4);
        List<LocalDate> days = new ArrayList<>();
        for (int months : MONTHS_AGO) {
            days.add(t.minusMonths(months));
        }
        days.add(t.minusWeeks(2));

        Diagnosis primary = r.dx().diagnosis(sophie, "ICD11", "MG30.0", true, onset, r.at(intake, 14, 0));
        Diagnosis neck = r.dx().diagnosis(sophie, "ICD10CM", "M54.2", false, onset, r.at(intake, 14, 2));

        int[] phq9 = {14, 13, 12, 11};
        int[] gad7 = {12, 11, 9, 8};
        int[] pcs = {40, 37, 34, 31};
        int[] ndi = {22, 20, 17, 14};
        List<Assessment> pcsScores = new ArrayList<>();
        Assessment firstPhq9 = null;
        Assessment firstGad7 = null;
        for (int i = 0; i < days.size(); i++) {
            LocalDate on = days.get(i);
            Assessment depression;
            if (i == 1) {
                // item 9 answered 1 once: the alert was raised and acknowledged by the psychologist that day
                depression = r.dx().acknowledged(sophie, "PHQ9", DemoAnswers.phq9(phq9[i], 1), r.at(on, 13, 0),
                        "psy.novak", "psy.novak", r.at(on, 14, 15));
            } else {
                depression = r.dx().assessment(sophie, "PHQ9", DemoAnswers.phq9(phq9[i], 0), r.at(on, 13, 0),
                        "psy.novak");
            }
            Assessment anxiety = r.dx().assessment(sophie, "GAD7", DemoAnswers.gad7(gad7[i]), r.at(on, 13, 10),
                    "psy.novak");
            pcsScores.add(r.dx().assessment(sophie, "PCS", DemoAnswers.pcs(pcs[i]), r.at(on, 13, 20), "psy.novak"));
            r.dx().assessment(sophie, "NDI", DemoAnswers.disabilityIndex(ndi[i]), r.at(on, 10, 0), "pt.garcia");
            firstPhq9 = firstPhq9 == null ? depression : firstPhq9;
            firstGad7 = firstGad7 == null ? anxiety : firstGad7;
        }
        int[][] peg = {{7, 7, 8}, {6, 6, 7}, {6, 5, 6}};
        LocalDate[] pegDays = {intake, t.minusMonths(4), t.minusWeeks(2)};
        for (int i = 0; i < peg.length; i++) {
            r.dx().assessment(sophie, "PEG", DemoAnswers.listed(peg[i]), r.at(pegDays[i], 10, 10), "pt.garcia");
        }
        // neck and shoulder pain, feeling unsafe, worrying, hopeless, no enjoyment, extremely bothersome: high risk
        r.dx().assessment(sophie, "STARTBACK", DemoAnswers.listed(0, 1, 1, 0, 1, 1, 1, 1, 4), r.at(intake, 13, 30),
                "psy.novak");

        int[] average = {6, 5, 5, 5};
        for (int i = 0; i < days.size(); i++) {
            int a = average[i];
            r.dx().pain(sophie, r.at(days.get(i), 9, 30), a, 8, a, PainType.NOCIPLASTIC, onset,
                    "stress, long days at the computer, poor sleep", "warm showers, gentle exercise",
                    List.of(mark(BodyRegion.NECK, Laterality.BILATERAL, a),
                            mark(BodyRegion.SHOULDER, Laterality.BILATERAL, a - 1),
                            mark(BodyRegion.UPPER_BACK, Laterality.MIDLINE, a - 1)), "pt.garcia");
        }

        Assessment firstPcs = pcsScores.get(0);
        r.care().psych(sophie, intake, List.of("PHQ9", "GAD7", "PCS"), String.format("PHQ-9 %d (%s), GAD-7 %d (%s), "
                + "PCS %d (%s); no thoughts of self-harm. Motivated for pain-focused CBT.", (int) firstPhq9.total(),
                firstPhq9.band(), (int) firstGad7.total(), firstGad7.band(), (int) firstPcs.total(), firstPcs.band()),
                false, "Evaluated for CBT; neuromodulation was not considered.");

        for (String topic : List.of("chronic-pain", "pacing", "sleep-and-pain")) {
            r.care().education(sophie, topic, null, "psy.novak", r.at(intake.plusWeeks(2), 16, 0), null);
        }
        plan(sophie, List.of(DiagnosisHistory.problem(primary), DiagnosisHistory.problem(neck)), intake, days,
                pcsScores, t);
        for (String code : List.of("PHQ9", "GAD7")) {
            r.dx().request(sophie, code, t.plusDays(14), "psy.novak", r.at(t.minusWeeks(2), 14, 0));
        }
    }

    private void plan(Patient sophie, List<String> problems, LocalDate intake, List<LocalDate> days,
                      List<Assessment> pcs, LocalDate t) {
        CarePlanHistory plans = r.plans();
        CarePlan plan = plans.plan(sophie, "Pain coping: cognitive behavioural therapy and graded exercise", problems,
                r.at(intake.plusWeeks(1), 12, 0));
        plans.modality(plan, Discipline.CBT, "Pain-focused CBT: catastrophizing, pacing and sleep",
                "weekly, 12 sessions", "psy.novak", ModalityStatus.ACTIVE, "psy.novak", plan.createdAt().plusDays(1));
        plans.modality(plan, Discipline.PHYSIOTHERAPY, "Graded exercise for the neck and shoulders", "fortnightly",
                "pt.garcia", ModalityStatus.ACTIVE, "pt.garcia", plan.createdAt().plusDays(2));
        plans.modality(plan, Discipline.EDUCATION, "Chronic pain, pacing and sleep", "monthly", "nurse.kim",
                ModalityStatus.ACTIVE, "nurse.kim", plan.createdAt().plusDays(2));

        CarePlanGoal catastrophizing = plans.goal(plan, "Pain Catastrophizing Scale below 30", "PCS total",
                "below 30", t.plusMonths(2));
        for (int i = 1; i < pcs.size(); i++) {
            plans.progress(catastrophizing, days.get(i), "PCS " + (int) pcs.get(i).total() + ", down from "
                    + (int) pcs.get(0).total() + " (" + pcs.get(i).band() + ").", "psy.novak");
        }
        CarePlanGoal work = plans.goal(plan, "Back at work three days a week", "days worked a week", "3",
                t.plusMonths(3));
        plans.progress(work, t.minusMonths(4), "Two mornings a week.", "psy.novak");
        plans.progress(work, t.minusWeeks(2), "Two full days a week.", "psy.novak");
        CarePlanGoal sleep = plans.goal(plan, "Sleep 7 hours on most nights", "hours slept", "7", t.plusMonths(1));
        plans.progress(sleep, t.minusMonths(4), "About 6 hours since the sleep sessions.", "psy.novak");

        plans.done(plan, "Follow up the PHQ-9 item 9 answer", "psy.novak", days.get(1), "psy.novak",
                r.at(days.get(1), 14, 10), r.at(days.get(1), 14, 20));
        plans.task(plan, "Repeat PHQ-9 and GAD-7 at session 12", "psy.novak", t.plusDays(14), "psy.novak",
                r.at(t.minusWeeks(2), 14, 5));
        plans.task(plan, "Write the relapse-prevention plan with Sophie", "psy.novak", t.plusDays(35), "psy.novak",
                r.at(t.minusWeeks(2), 14, 6));
        plans.task(plan, "Update the graded exercise plan", "pt.garcia", t.plusDays(7), "pt.garcia",
                r.at(t.minusWeeks(2), 10, 30));
    }
}
