package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.ModalityStatus;
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
import org.algos.web.demo.InterventionHistory.Placed;

/**
 * John Smith: left L5 radiculopathy from an L4-L5 disc protrusion, treated with left L4-L5
 * transforaminal epidural steroid injections. Three in the rolling year, each followed by at
 * least 50 % relief so that the next was allowed, and a fourth booked for today: the last the
 * yearly limit allows. He is checked in, his checklist half done, on today's worklist.
 */
final class JohnSmithHistory {

    private static final ProcedureNote NOTE = new ProcedureNote("left L4-L5 transforaminal", "fluoroscopy", 28, 6.2,
            "22G", "dexamethasone 10 mg; bupivacaine 0.25 % 2 ml", "none", "home");

    private final DemoRecords r;

    JohnSmithHistory(DemoRecords r) {
        this.r = r;
    }

    void write(Patient john) {
        LocalDate t = r.today();
        LocalDate intake = t.minusMonths(12);
        LocalDate onset = t.minusMonths(15);
        List<LocalDate> injections = List.of(t.minusMonths(10), t.minusMonths(6), t.minusMonths(2));

        Diagnosis radiculopathy = r.dx().diagnosis(john, "ICD10CM", "M54.16", true, onset, r.at(intake, 11, 0));
        Diagnosis disc = r.dx().diagnosis(john, "ICD10CM", "M51.16", false, onset, r.at(intake, 11, 2));
        r.dx().imaging(john, Modality.MRI, intake.minusWeeks(2), FindingKind.DISC_PROTRUSION, List.of("L4-L5"),
                Laterality.LEFT, "Left paracentral disc protrusion at L4-L5 contacting the traversing left L5 nerve "
                        + "root.", r.at(intake, 11, 5));
        r.dx().imaging(john, Modality.MRI, intake.minusWeeks(2), FindingKind.FORAMINAL_STENOSIS, List.of("L5-S1"),
                Laterality.LEFT, "Mild left foraminal narrowing at L5-S1.", r.at(intake, 11, 6));

        questionnaires(john, intake, t);
        painAssessments(john, onset, intake, injections);

        int[] before = {7, 7, 6};
        for (int i = 0; i < injections.size(); i++) {
            LocalDate on = injections.get(i);
            ProcedureRecord esi = r.ix().done(john, Placed.of(Procedure.ESI_LUMBAR_TF, Laterality.LEFT, on, "L4-L5"),
                    NOTE, before[i], 2);
            r.ix().followUp(esi, on.plusWeeks(2), 2, 70, "Leg pain much better; walking to the park", "nurse.kim");
            r.ix().followUp(esi, on.plusWeeks(6), 3, 60, "Still walking to the park", "nurse.kim");
            if (!on.plusMonths(3).isAfter(t)) {
                r.ix().followUp(esi, on.plusMonths(3), 5, 40, "Leg pain coming back", "dr.lee");
            }
        }
        ProcedureRecord today = r.ix().booked(john, Placed.of(Procedure.ESI_LUMBAR_TF, Laterality.LEFT, t, "L4-L5"),
                r.at(t.minusWeeks(3), 14, 0));
        r.ix().tick(john, today, "consent", "allergies", "anticoagulation", "infection", "pregnancy", "glucose");
        today.checkIn();

        r.care().education(john, "epidural-steroid-injection", null, "nurse.kim",
                r.at(injections.get(0).minusWeeks(3), 14, 30), null);
        plan(john, List.of(DiagnosisHistory.problem(radiculopathy), DiagnosisHistory.problem(disc)), intake, t);
    }

    private void questionnaires(Patient john, LocalDate intake, LocalDate t) {
        int[] odiSums = {26, 18, 23, 17, 22, 17};
        int[] monthsAgo = {12, 9, 6, 5, 2, 1};
        for (int i = 0; i < odiSums.length; i++) {
            r.dx().assessment(john, "ODI", DemoAnswers.disabilityIndex(odiSums[i]),
                    r.at(t.minusMonths(monthsAgo[i]), 8, 30), "nurse.kim");
        }
        r.dx().assessment(john, "BPI", DemoAnswers.bpi(9, 5, 7, 7, 7), r.at(intake, 8, 40), "pt.garcia");
        r.dx().assessment(john, "BPI", DemoAnswers.bpi(8, 4, 6, 6, 6), r.at(t.minusMonths(6), 8, 40), "pt.garcia");
        r.dx().assessment(john, "BPI", DemoAnswers.bpi(6, 2, 4, 3, 4), r.at(t.minusMonths(1), 8, 40), "pt.garcia");
        // five of the ten DN4 items present: neuropathic pain likely (≥ 4)
        r.dx().assessment(john, "DN4", DemoAnswers.listed(1, 1, 0, 1, 1, 0, 0, 1, 0, 0), r.at(intake, 10, 30),
                "dr.lee");
        r.dx().assessment(john, "PHQ9", DemoAnswers.phq9(4, 0), r.at(intake, 8, 50), "nurse.kim");
        r.dx().assessment(john, "PHQ9", DemoAnswers.phq9(3, 0), r.at(t.minusMonths(6), 8, 50), "nurse.kim");
        r.dx().assessment(john, "STARTBACK", DemoAnswers.listed(1, 0, 1, 1, 1, 0, 0, 0, 3), r.at(intake, 8, 55),
                "nurse.kim");
    }

    private void painAssessments(Patient john, LocalDate onset, LocalDate intake, List<LocalDate> injections) {
        LocalDate[] days = {intake, injections.get(0).plusWeeks(2), injections.get(1), injections.get(1).plusWeeks(6),
                injections.get(2), injections.get(2).plusWeeks(6)};
        int[] average = {7, 3, 6, 3, 6, 3};
        for (int i = 0; i < days.length; i++) {
            int leg = average[i];
            r.dx().pain(john, r.at(days[i], 9, 15), leg, Math.min(10, leg + 2), leg, PainType.NEUROPATHIC, onset,
                    "sitting, coughing, bending forward", "walking, lying on his side",
                    List.of(mark(BodyRegion.LOWER_BACK, Laterality.MIDLINE, Math.max(0, leg - 3)),
                            mark(BodyRegion.BUTTOCK, Laterality.LEFT, Math.max(0, leg - 1)),
                            mark(BodyRegion.THIGH, Laterality.LEFT, Math.max(0, leg - 1)),
                            mark(BodyRegion.LOWER_LEG, Laterality.LEFT, leg)), i % 2 == 0 ? "dr.lee" : "nurse.kim");
        }
    }

    private void plan(Patient john, List<String> problems, LocalDate intake, LocalDate t) {
        CarePlanHistory plans = r.plans();
        CarePlan plan = plans.plan(john, "Lumbar radiculopathy: epidural steroid injections and physiotherapy",
                problems, r.at(intake.plusWeeks(1), 12, 30));
        plans.modality(plan, Discipline.INTERVENTIONAL, "Left L4-L5 transforaminal epidural steroid injections, "
                + "repeated only after at least 50 % relief", "at most 4 sessions in any 12 months", "dr.lee",
                ModalityStatus.ACTIVE, "dr.lee", plan.createdAt());
        plans.modality(plan, Discipline.PHYSIOTHERAPY, "Graded walking and core exercises", "fortnightly",
                "pt.garcia", ModalityStatus.ACTIVE, "pt.garcia", plan.createdAt().plusDays(3));

        CarePlanGoal walk = plans.goal(plan, "Walk to the shops and back", "minutes walked", "20", t.plusMonths(1));
        plans.progress(walk, t.minusMonths(9), "Walks 10 minutes; the leg stops him.", "pt.garcia");
        plans.progress(walk, t.minusMonths(5), "15 minutes after the second injection.", "pt.garcia");
        plans.progress(walk, t.minusMonths(1), "20 minutes on good days.", "pt.garcia");
        CarePlanGoal sleep = plans.goal(plan, "Sleep without the leg pain waking him",
                "nights a week woken by leg pain", "1 or fewer", t.plusMonths(2));
        plans.progress(sleep, t.minusMonths(1), "Woken two nights a week.", "nurse.kim");

        plans.done(plan, "Book the fourth epidural of the year", "nurse.kim", t.minusWeeks(3), "dr.lee",
                r.at(t.minusWeeks(4), 16, 0), r.at(t.minusWeeks(3), 14, 5));
        plans.task(plan, "Call John the day after today's injection", "nurse.kim", t.plusDays(1), "nurse.kim",
                r.at(t.minusWeeks(3), 14, 10));
        plans.task(plan, "Plan his care for when this rolling year's epidural sessions are used", "dr.lee",
                t.plusDays(28), "dr.lee", r.at(t.minusWeeks(3), 16, 0));
        plans.task(plan, "Re-assess his walking tolerance", "pt.garcia", t.minusDays(2), "pt.garcia",
                r.at(t.minusMonths(1), 15, 0));
    }
}
