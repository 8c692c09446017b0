package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.OpioidConversion;
import org.algos.careplan.medication.OpioidSafetyDates;
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
import org.algos.web.demo.CareHistory.DiaryDay;
import org.algos.web.demo.InterventionHistory.Placed;

/**
 * Ahmed Haddad: lumbar spinal stenosis and chronic pain on high-dose opioids, tapered over the
 * year from above 90 to below 50 MME per day (by the CDC 2022 calculator) with the opioid safety
 * book-keeping kept; he takes apixaban, so the epidural booked in two weeks comes with a hold.
 * He keeps a daily diary in his own account.
 */
final class AhmedHaddadHistory {

    private final DemoRecords r;

    AhmedHaddadHistory(DemoRecords r) {
        this.r = r;
    }

    /** The days the taper changed his opioids, oldest first: each is the first day of the new doses. */
    static List<LocalDate> taperSteps(LocalDate today) {
        return List.of(today.minusMonths(9), today.minusMonths(7), today.minusMonths(5), today.minusMonths(2));
    }

    void write(Patient ahmed) {
        LocalDate t = r.today();
        LocalDate intake = t.minusMonths(12);
        LocalDate onset = t.minusYears(6);
        List<LocalDate> steps = taperSteps(t);

        Diagnosis stenosis = r.dx().diagnosis(ahmed, "ICD10CM", "M48.061", true, onset, r.at(intake, 9, 30));
        Diagnosis chronic = r.dx().diagnosis(ahmed, "ICD10CM", "G89.4", false, onset, r.at(intake, 9, 32));
        r.dx().imaging(ahmed, Modality.MRI, intake.minusMonths(1), FindingKind.CENTRAL_STENOSIS,
                List.of("L3-L4", "L4-L5"), Laterality.MIDLINE, "Moderate central canal stenosis at L3-L4 and L4-L5.",
                r.at(intake, 9, 35));
        r.dx().imaging(ahmed, Modality.MRI, intake.minusMonths(1), FindingKind.FACET_ARTHROPATHY, List.of("L4-L5"),
                Laterality.BILATERAL, "Facet arthropathy at L4-L5.", r.at(intake, 9, 36));

        // Taken before he came; the taper stops each dose on the day before the next starts.
        LocalDate before = t.minusYears(3);
        r.care().oral(ahmed, "apixaban", 5, 2, null, before, null);
        r.care().oral(ahmed, "oxycodone", 20, 3, "back and leg pain", before, steps.get(1).minusDays(1));
        r.care().oral(ahmed, "tramadol", 50, 2, "back and leg pain", t.minusYears(2), steps.get(0).minusDays(1));
        r.care().oral(ahmed, "oxycodone", 15, 3, "back and leg pain", steps.get(1), steps.get(2).minusDays(1));
        r.care().oral(ahmed, "oxycodone", 10, 3, "back and leg pain", steps.get(2), steps.get(3).minusDays(1));
        r.care().oral(ahmed, "oxycodone", 10, 2, "back and leg pain", steps.get(3), null);
        if (r.care().mmeOn(ahmed, intake).totalMme() < 90 || r.care().mmeOn(ahmed, t).totalMme() >= 50) {
            throw new IllegalStateException("The taper must go from 90 MME/day or more to below 50");
        }
        r.care().opioidSafety(ahmed, new OpioidSafetyDates(intake, t.minusMonths(3),
                "Consistent with the prescribed oxycodone", t.minusMonths(1), intake), "nurse.kim",
                r.at(t.minusMonths(1), 11, 0));

        questionnaires(ahmed, intake, t);
        for (LocalDate day : List.of(intake, steps.get(0), steps.get(1), steps.get(2), steps.get(3))) {
            int average = day.isBefore(steps.get(2)) ? 6 : 5;
            r.dx().pain(ahmed, r.at(day, 10, 0), average, 8, average, PainType.MIXED, onset,
                    "walking far, standing", "sitting, bending forward",
                    List.of(mark(BodyRegion.LOWER_BACK, Laterality.BILATERAL, average),
                            mark(BodyRegion.BUTTOCK, Laterality.BILATERAL, average - 2),
                            mark(BodyRegion.THIGH, Laterality.BILATERAL, average - 3)), "dr.lee");
        }
        r.ix().booked(ahmed, Placed.of(Procedure.ESI_LUMBAR_IL, null, t.plusDays(14), "L4-L5"),
                r.at(t.minusWeeks(1), 10, 30));

        r.care().education(ahmed, "opioid-safety", "Naloxone: keep it where your family can find it.", "nurse.kim",
                r.at(intake, 11, 0), r.at(intake.plusDays(1), 19, 0));
        r.care().education(ahmed, "pain-diary", null, "nurse.kim", r.at(intake, 11, 5),
                r.at(intake.plusDays(2), 20, 0));
        r.care().education(ahmed, "pacing", null, "pt.garcia", r.at(t.minusMonths(6), 14, 0),
                r.at(t.minusMonths(6).plusDays(3), 21, 0));
        plan(ahmed, List.of(DiagnosisHistory.problem(stenosis), DiagnosisHistory.problem(chronic)), intake, steps, t);
        r.care().diary(ahmed, t.minusDays(365), day -> diaryDay(ahmed, day, steps));
    }

    private void questionnaires(Patient ahmed, LocalDate intake, LocalDate t) {
        int[][] peg = {{7, 7, 7}, {7, 7, 6}, {7, 6, 6}, {6, 5, 5}, {5, 5, 4}};
        int[] monthsAgo = {12, 9, 6, 3, 1};
        for (int i = 0; i < peg.length; i++) {
            r.dx().assessment(ahmed, "PEG", DemoAnswers.listed(peg[i]), r.at(t.minusMonths(monthsAgo[i]), 8, 0),
                    "pat.haddad");
        }
        int[] phq9 = {9, 8, 6};
        int[] odi = {20, 19, 17};
        int[] sometimes = {12, 6, 1};
        for (int i = 0; i < sometimes.length; i++) {
            LocalDate on = t.minusMonths(sometimes[i]);
            r.dx().assessment(ahmed, "PHQ9", DemoAnswers.phq9(phq9[i], 0), r.at(on, 8, 10), "pat.haddad");
            r.dx().assessment(ahmed, "ODI", DemoAnswers.disabilityIndex(odi[i]), r.at(on, 8, 20), "pat.haddad");
        }
        r.dx().assessment(ahmed, "ORT", DemoAnswers.ort("familyAlcohol"), r.at(intake, 10, 15), "dr.lee");
    }

    private void plan(Patient ahmed, List<String> problems, LocalDate intake, List<LocalDate> steps, LocalDate t) {
        CarePlanHistory plans = r.plans();
        CarePlan plan = plans.plan(ahmed, "Opioid taper and active rehabilitation", problems,
                r.at(intake.plusWeeks(1), 12, 0));
        plans.modality(plan, Discipline.PHARMACOTHERAPY, "Supervised oxycodone taper; MME reviewed at each visit",
                "monthly", "dr.lee", ModalityStatus.ACTIVE, "dr.lee", plan.createdAt());
        plans.modality(plan, Discipline.PHYSIOTHERAPY, "Graded walking programme", "fortnightly", "pt.garcia",
                ModalityStatus.ACTIVE, "pt.garcia", plan.createdAt().plusDays(1));
        plans.modality(plan, Discipline.EDUCATION, "Opioid safety, naloxone and the pain diary", "at each visit",
                "nurse.kim", ModalityStatus.ACTIVE, "nurse.kim", plan.createdAt().plusDays(1));

        CarePlanGoal mme = plans.goal(plan, "Daily opioid dose below 50 MME", "MME per day", "below 50",
                intake.plusMonths(9));
        plans.progress(mme, intake.plusWeeks(1), "Starting at " + mme(ahmed, intake) + " MME/day.", "dr.lee");
        for (LocalDate step : steps) {
            plans.progress(mme, step, "Now " + mme(ahmed, step) + " MME/day; " + regimen(ahmed, step, false) + ".",
                    "dr.lee");
        }
        plans.achieved(mme, r.at(steps.get(2), 17, 10));
        CarePlanGoal walk = plans.goal(plan, "Walk 20 minutes every day", "minutes walked a day", "20",
                t.plusMonths(2));
        plans.progress(walk, t.minusMonths(8), "Walks 5 minutes before his legs tire.", "pt.garcia");
        plans.progress(walk, t.minusMonths(3), "12 minutes, with a rest.", "pt.garcia");

        plans.done(plan, "Offer naloxone and record it", "nurse.kim", intake, "dr.lee", r.at(intake, 10, 30),
                r.at(intake, 11, 0));
        plans.task(plan, "Review the taper at the next visit", "dr.lee", t.plusDays(10), "dr.lee",
                r.at(steps.get(3), 17, 0));
        plans.task(plan, "Give the apixaban hold instructions before the epidural", "nurse.kim", t.plusDays(7),
                "nurse.kim", r.at(t.minusWeeks(1), 10, 35));
        plans.task(plan, "Next PDMP check", "nurse.kim", t.plusMonths(2), "nurse.kim", r.at(t.minusMonths(1), 11, 5));
    }

    /** The total MME per day on the day, as the chart shows it. */
    private String mme(Patient ahmed, LocalDate day) {
        return BigDecimal.valueOf(r.care().mmeOn(ahmed, day).totalMme()).stripTrailingZeros().toPlainString();
    }

    /** What he took on the day: his opioids (and apixaban, when {@code all}), as he writes it in his diary. */
    private String regimen(Patient ahmed, LocalDate day, boolean all) {
        return r.care().takenOn(ahmed, day).stream()
                .filter(m -> all || OpioidConversion.of(m.drug()).isPresent())
                .map(AhmedHaddadHistory::dose).collect(Collectors.joining(", "));
    }

    private static String dose(MedicationStatement m) {
        return m.drug() + " " + BigDecimal.valueOf(m.doseMg()).stripTrailingZeros().toPlainString() + " mg × "
                + BigDecimal.valueOf(m.dosesPerDay()).stripTrailingZeros().toPlainString();
    }

    /** Pain about 6, a point higher for ten days after each step down, about 5 in the last months; more walking. */
    private DiaryDay diaryDay(Patient ahmed, LocalDate day, List<LocalDate> steps) {
        boolean justStepped = steps.stream().anyMatch(s -> !day.isBefore(s) && day.isBefore(s.plusDays(10)));
        int base = day.isBefore(steps.get(2)) ? 6 : 5;
        int pain = Math.min(10, base + (justStepped ? 1 : 0) + CareHistory.wobble(day));
        String note = steps.contains(day) ? "New, lower dose from today." : null;
        long daysKept = day.toEpochDay() - r.today().minusDays(365).toEpochDay();
        int walked = 5 + (int) (15 * daysKept / 365); // from 5 to 20 minutes over the year
        return new DiaryDay(pain, 6.0, walked, regimen(ahmed, day, true), note);
    }
}
