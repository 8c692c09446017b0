package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.imaging.FindingKind;
import org.algos.diagnosis.imaging.Modality;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Role;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.web.demo.CarePlanHistory.Decided;
import org.algos.web.demo.InterventionHistory.Placed;

/**
 * María Fernández: neuropathic leg pain after lumbar surgery, on the spinal cord stimulation
 * pathway. A psychologist cleared her for neuromodulation, a case conference agreed on a trial,
 * the trial gave her more than 50 % relief, and the implant is booked for today.
 */
final class MariaFernandezHistory {

    private final DemoRecords r;

    MariaFernandezHistory(DemoRecords r) {
        this.r = r;
    }

    void write(Patient maria) {
        LocalDate t = r.today();
        LocalDate intake = t.minusMonths(11);
        LocalDate surgery = t.minusYears(4);
        LocalDate evaluation = t.minusMonths(4);
        LocalDate conference = t.minusMonths(3);
        LocalDate trial = t.minusMonths(1);

        Diagnosis postLaminectomy = r.dx().diagnosis(maria, "ICD10CM", "M96.1", true, surgery, r.at(intake, 10, 0));
        Diagnosis postSurgical = r.dx().diagnosis(maria, "ICD11", "MG30.2", false, surgery, r.at(intake, 10, 2));
        r.dx().imaging(maria, Modality.MRI, intake.minusMonths(1), FindingKind.OTHER, List.of("L5-S1"), Laterality.LEFT,
                "Post-operative changes after L5-S1 laminectomy; scar tissue around the left S1 nerve root; no "
                        + "recurrent disc herniation.", r.at(intake, 10, 5));

        questionnaires(maria, intake, t);
        painAssessments(maria, surgery, List.of(intake, evaluation, t.minusWeeks(1)));

        Assessment phq9 = r.dx().assessment(maria, "PHQ9", DemoAnswers.phq9(8, 0), r.at(evaluation, 13, 0),
                "psy.novak");
        Assessment gad7 = r.dx().assessment(maria, "GAD7", DemoAnswers.gad7(7), r.at(evaluation, 13, 10), "psy.novak");
        Assessment pcs = r.dx().assessment(maria, "PCS", DemoAnswers.pcs(18), r.at(evaluation, 13, 20), "psy.novak");
        r.care().psych(maria, evaluation, List.of("PHQ9", "GAD7", "PCS"), String.format("PHQ-9 %d (%s), GAD-7 %d (%s), "
                + "PCS %d (%s). Realistic expectations of stimulation; good support at home.", (int) phq9.total(),
                phq9.band(), (int) gad7.total(), gad7.band(), (int) pcs.total(), pcs.band()), true,
                "Cleared for a spinal cord stimulator trial; no substance use disorder.");

        CarePlan plan = plan(maria, List.of(DiagnosisHistory.problem(postLaminectomy),
                DiagnosisHistory.problem(postSurgical)), intake, t);
        r.plans().conference(plan, conference, List.of("dr.lee", "nurse.kim", "pt.garcia", "psy.novak"), Map.of(
                        Role.PHYSICIAN, "Neuropathic leg pain after the L5-S1 operation despite medicines and "
                                + "physiotherapy: a candidate for a spinal cord stimulator trial.",
                        Role.PSYCHOLOGIST, "Evaluation done last month: cleared for neuromodulation, no substance use "
                                + "disorder.",
                        Role.NURSE, "Understands the trial; her husband can drive her and help with the dressings.",
                        Role.PHYSIOTHERAPIST, "Sits for 15 minutes at most; walking limited by the leg pain."),
                "Proceed to a spinal cord stimulator trial; plan the implant if the trial gives at least 50 % pain "
                        + "relief.",
                List.of(new Decided("Book the spinal cord stimulator trial", "dr.lee", conference.plusWeeks(2),
                                r.at(conference.plusDays(3), 9, 0)),
                        new Decided("Teach trial care and the trial pain log", "nurse.kim", trial.minusWeeks(1),
                                r.at(trial.minusWeeks(1), 11, 0)),
                        new Decided("Two preparation sessions before the trial", "psy.novak", trial.minusWeeks(1),
                                r.at(trial.minusWeeks(1), 16, 0))));

        ProcedureRecord scsTrial = r.ix().done(maria, Placed.of(Procedure.SCS_TRIAL, null, trial),
                new ProcedureNote("percutaneous epidural leads", "fluoroscopy", 95, 30.0, null, "lidocaine 1%", "none",
                        "home with escort"), 8, 3);
        r.ix().followUp(scsTrial, trial.plusDays(5), 3, 60, "Sat through a family meal; slept six hours",
                "nurse.kim");
        ProcedureRecord implant = r.ix().booked(maria, Placed.of(Procedure.SCS_IMPLANT, null, t),
                r.at(trial.plusDays(8), 10, 30));
        r.ix().tick(maria, implant, "consent");
        r.plans().done(plan, "Book the implant", "nurse.kim", trial.plusDays(10), "dr.lee",
                r.at(trial.plusDays(6), 12, 0), r.at(trial.plusDays(8), 10, 30));

        r.care().education(maria, "chronic-pain", null, "nurse.kim", r.at(intake, 11, 30), null);
    }

    private void questionnaires(Patient maria, LocalDate intake, LocalDate t) {
        int[] odiSums = {28, 28, 27, 27};
        LocalDate[] days = {intake, t.minusMonths(8), t.minusMonths(5), t.minusWeeks(1)};
        for (int i = 0; i < days.length; i++) {
            r.dx().assessment(maria, "ODI", DemoAnswers.disabilityIndex(odiSums[i]), r.at(days[i], 9, 30), "nurse.kim");
        }
        r.dx().assessment(maria, "BPI", DemoAnswers.bpi(9, 6, 8, 8, 8), r.at(intake, 9, 40), "pt.garcia");
        r.dx().assessment(maria, "BPI", DemoAnswers.bpi(9, 6, 8, 8, 7), r.at(t.minusMonths(5), 9, 40), "pt.garcia");
        r.dx().assessment(maria, "BPI", DemoAnswers.bpi(9, 5, 7, 7, 7), r.at(t.minusWeeks(1), 9, 40), "pt.garcia");
    }

    private void painAssessments(Patient maria, LocalDate surgery, List<LocalDate> days) {
        int[] average = {8, 8, 7};
        for (int i = 0; i < days.size(); i++) {
            int leg = average[i];
            r.dx().pain(maria, r.at(days.get(i), 9, 0), leg, 9, leg, PainType.NEUROPATHIC, surgery,
                    "sitting, standing still", "lying down, warm baths",
                    List.of(mark(BodyRegion.LOWER_BACK, Laterality.MIDLINE, leg - 3),
                            mark(BodyRegion.BUTTOCK, Laterality.LEFT, leg - 1),
                            mark(BodyRegion.THIGH, Laterality.LEFT, leg),
                            mark(BodyRegion.LOWER_LEG, Laterality.LEFT, leg),
                            mark(BodyRegion.ANKLE_FOOT, Laterality.LEFT, leg)), i == 1 ? "dr.lee" : "nurse.kim");
        }
    }

    private CarePlan plan(Patient maria, List<String> problems, LocalDate intake, LocalDate t) {
        CarePlanHistory plans = r.plans();
        CarePlan plan = plans.plan(maria, "Spinal cord stimulation pathway", problems,
                r.at(intake.plusWeeks(2), 12, 0));
        plans.modality(plan, Discipline.INTERVENTIONAL, "Spinal cord stimulator trial; implant after at least 50 % "
                + "relief", "as planned", "dr.lee", ModalityStatus.ACTIVE, "dr.lee", plan.createdAt());
        plans.modality(plan, Discipline.CBT, "Preparation for neuromodulation: expectations and coping",
                "fortnightly, 4 sessions", "psy.novak", ModalityStatus.COMPLETED, "psy.novak",
                r.at(t.minusMonths(4), 15, 30));
        plans.modality(plan, Discipline.PHYSIOTHERAPY, "Graded activity before and after the implant", "fortnightly",
                "pt.garcia", ModalityStatus.ACTIVE, "pt.garcia", plan.createdAt().plusDays(1));

        CarePlanGoal meal = plans.goal(plan, "Sit through a one-hour family meal", "minutes seated", "60",
                t.plusMonths(3));
        plans.progress(meal, t.minusMonths(6), "15 minutes, then she has to stand.", "pt.garcia");
        plans.progress(meal, t.minusMonths(1).plusDays(5), "Managed the whole meal during the trial.", "nurse.kim");
        CarePlanGoal pain = plans.goal(plan, "Average leg pain 4 or less", "NRS average pain", "4 or less",
                t.plusMonths(3));
        plans.progress(pain, t.minusMonths(1).plusDays(5), "3 during the trial.", "dr.lee");

        plans.task(plan, "Wound check call after the implant", "nurse.kim", t.plusDays(2), "nurse.kim",
                r.at(t.minusWeeks(2), 11, 0));
        plans.task(plan, "Activity plan after the implant", "pt.garcia", t.plusDays(14), "pt.garcia",
                r.at(t.minusWeeks(2), 15, 0));
        plans.task(plan, "Follow-up session after the implant", "psy.novak", t.plusDays(21), "psy.novak",
                r.at(t.minusWeeks(2), 16, 0));
        return plan;
    }
}
