package org.algos.web.demo;

import static org.algos.web.demo.DemoClinicDatabase.DR_LEE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.algos.careplan.conference.CaseConferences;
import org.algos.careplan.education.ClinicText;
import org.algos.careplan.education.ClinicTextStatus;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.education.EducationLibrary;
import org.algos.careplan.education.PatientEducation;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeLevel;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.medication.OpioidSafety;
import org.algos.careplan.medication.OpioidSafetyReview;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.psych.PsychEvaluation;
import org.algos.careplan.psych.PsychEvaluations;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.Assessments.TrendPoint;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.imaging.FindingKind;
import org.algos.diagnosis.imaging.ImagingFindings;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.holds.Hold;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each demo patient's story as the application reads it back: the scores, bands and MCID flags
 * of the instruments, the blocks' relief, the eligibility rules' verdicts on the procedures on
 * their days, the MME of the medication list, the holds, the alerts and the open requests.
 */
class DemoStoriesTest {

    @RegisterExtension
    static final InMemoryDatabase db = DemoClinicDatabase.database();

    private static Map<String, Patient> patients;

    private final Assessments assessments = db.service(Assessments.class);
    private final Procedures procedures = DemoClinicDatabase.procedures(db);

    @BeforeAll
    static void seed() {
        DemoClinicDatabase.seed(db);
        patients = DemoClinicDatabase.patients(db);
    }

    @BeforeEach
    void asThePhysician() {
        db.actAs(DR_LEE);
    }

    private static Patient patient(String mrn) {
        return patients.get(mrn);
    }

    private List<TrendPoint> history(Patient patient, String instrument) {
        return db.call(() -> assessments.history(patient.id(), instrument));
    }

    private static TrendPoint last(List<TrendPoint> points) {
        return points.get(points.size() - 1);
    }

    private EligibilityResult eligibility(Patient patient, String procedure, String side, LocalDate on) {
        return db.call(() -> procedures.eligibility(patient.id(), procedure, side, on.toString())).result();
    }

    private List<Procedures.Listed> procedures(Patient patient, String code) {
        return db.call(() -> procedures.history(patient.id())).stream()
                .filter(l -> l.procedure().procedure().equals(code)).toList();
    }

    @Test
    void janesTwoPositiveMedialBranchBlocksLedToAnAblationThatTheRulesAllowed() {
        Patient jane = patient(DemoData.JANE_DOE_MRN);
        List<DiagnosticBlock> blocks = db.call(() -> db.service(DiagnosticBlocks.class).history(jane.id()));
        assertEquals(2, blocks.size());
        assertTrue(blocks.stream().allMatch(b -> b.positive() && b.reliefPercent() >= 80), "both blocks positive");
        assertEquals(2, blocks.stream().map(DiagnosticBlock::performedOn).distinct().count(), "on different dates");

        Procedures.Listed rfa = procedures(jane, "RFA_LUMBAR").get(0);
        ProcedureRecord record = rfa.procedure();
        assertEquals(ProcedureStatus.COMPLETED, record.status());
        assertEquals(List.of("L4-L5", "L5-S1"), record.levels());
        assertEquals(List.of(), record.checklist().open());
        assertEquals("dr.lee", record.performedBy());
        assertEquals("18G RF cannula", record.note().needle());
        assertEquals(71.4, record.reliefPercent());
        assertEquals(List.of(record.date().plusWeeks(2), record.date().plusMonths(3), record.date().plusMonths(6)),
                rfa.followUps().stream().map(FollowUp::followUpOn).toList());
        EligibilityResult onItsDay = eligibility(jane, "RFA_LUMBAR", "bilateral", record.date());
        assertTrue(onItsDay.eligible(), onItsDay.reasons()::toString);
        assertTrue(onItsDay.met().stream().map(Finding::rule).toList()
                .contains("FirstRfaNeedsTwoPositiveMedialBranchBlocks"));
        assertTrue(blocks.stream().allMatch(b -> b.performedOn().isBefore(record.date())));
    }

    @Test
    void janesDisabilityAndPainFellPastTheirMcidsAfterTheAblation() {
        Patient jane = patient(DemoData.JANE_DOE_MRN);
        List<TrendPoint> odi = history(jane, "ODI");
        assertEquals(12, odi.size());
        assertEquals("severe", odi.get(0).assessment().band());
        assertEquals("minimal", last(odi).assessment().band());
        assertTrue(last(odi).mcidReached());
        assertEquals("pat.doe", last(odi).assessment().recordedBy(), "she answers her questionnaires herself");
        assertEquals("low risk", last(history(jane, "STARTBACK")).assessment().band());
        List<PainAssessments.NrsPoint> nrs = db.call(() -> db.service(PainAssessments.class).history(jane.id()));
        assertTrue(nrs.get(nrs.size() - 1).clinicallyImportant(), "NRS average fell by 2 points or 30 %");
        assertFalse(nrs.get(0).marks().isEmpty(), "a body map");

        List<Diagnosis> diagnoses = db.call(() -> db.service(Diagnoses.class).list(jane.id()));
        assertEquals(List.of("M47.816", "MG30.3"), diagnoses.stream().map(Diagnosis::code).toList());
        assertTrue(db.call(() -> db.service(ImagingFindings.class).list(jane.id())).stream()
                .anyMatch(f -> f.finding() == FindingKind.FACET_ARTHROPATHY && f.levels().equals(List.of("L4-L5",
                        "L5-S1"))));
        db.actAs(DemoClinicDatabase.account(jane, "pat.doe"));
        List<EducationAssignment> education = db.call(() -> db.service(PatientEducation.class).list(jane.id()));
        assertEquals(5, education.size());
        assertEquals(4, education.stream().filter(EducationAssignment::isRead).count());
        assertEquals(List.of("ODI"), db.call(() -> assessments.openAssignments(jane.id())).stream()
                .map(QuestionnaireAssignment::instrument).toList());
    }

    @Test
    void johnsEpiduralTodayIsTheLastThatTheRollingYearAllows() {
        Patient john = patient("DEMO-0002");
        List<Procedures.Listed> epidurals = procedures(john, "ESI_LUMBAR_TF");
        List<Procedures.Listed> done = epidurals.stream()
                .filter(l -> l.procedure().status() == ProcedureStatus.COMPLETED).toList();
        assertEquals(3, done.size());
        assertTrue(done.stream().allMatch(l -> l.procedure().date().isAfter(db.today().minusMonths(12))));
        assertTrue(done.stream().allMatch(l -> l.followUps().stream().anyMatch(f -> f.reliefPercent() >= 50)),
                "each gave the relief a repeat needs");
        ProcedureRecord today = epidurals.get(epidurals.size() - 1).procedure();
        assertEquals(db.today(), today.date());
        assertEquals(ProcedureStatus.CHECKED_IN, today.status());
        assertEquals(2, today.checklist().open().size(), "site marking and time-out are left for the demo");

        EligibilityResult now = eligibility(john, "ESI_LUMBAR_TF", "left", db.today());
        assertTrue(now.eligible(), now.reasons()::toString);
        EligibilityResult next = eligibility(john, "ESI_LUMBAR_TF", "left", db.today().plusMonths(1));
        assertEquals(List.of("EsiSessionsPerRollingYear"), next.reasons().stream().map(Finding::rule).toList());
        assertTrue(last(history(john, "ODI")).mcidReached());
        assertTrue(last(history(john, "BPI")).mcidReached());
        assertEquals("neuropathic pain likely", history(john, "DN4").get(0).assessment().band());
    }

    @Test
    void mariasImplantTodayFollowsAClearanceAndATrialWithMoreThanHalfTheirPainRelieved() {
        Patient maria = patient("DEMO-0003");
        List<PsychEvaluation> evaluations = db.call(() -> db.service(PsychEvaluations.class).list(maria.id()));
        assertEquals(1, evaluations.size());
        assertTrue(evaluations.get(0).clearedForNeuromodulation());
        assertFalse(evaluations.get(0).activeSubstanceUseDisorder());
        Procedures.Listed trial = procedures(maria, "SCS_TRIAL").get(0);
        assertEquals(62.5, trial.procedure().reliefPercent());
        EligibilityResult trialDay = eligibility(maria, "SCS_TRIAL", null, trial.procedure().date());
        assertTrue(trialDay.eligible(), trialDay.reasons()::toString);
        ProcedureRecord implant = procedures(maria, "SCS_IMPLANT").get(0).procedure();
        assertEquals(db.today(), implant.date());
        EligibilityResult implantDay = eligibility(maria, "SCS_IMPLANT", null, implant.date());
        assertTrue(implantDay.eligible(), implantDay.reasons()::toString);

        List<CaseConferences.Recorded> conferences = db.call(() -> db.service(CaseConferences.class).list(maria.id()));
        assertEquals(1, conferences.size());
        assertEquals(4, conferences.get(0).inputs().size());
        assertEquals(3, conferences.get(0).tasks().size());
        assertTrue(conferences.get(0).conference().heldOn().isBefore(trial.procedure().date()));
    }

    @Test
    void ahmedsOpioidsWereTaperedFromAbove90ToBelow50MmePerDayWithTheSafetyItemsKept() {
        Patient ahmed = patient("DEMO-0004");
        Medications medications = db.service(Medications.class);
        List<MedicationStatement> list = db.call(() -> medications.list(ahmed.id()));
        MmeCalculator calculator = new MmeCalculator();
        List<LocalDate> days = list.stream().map(MedicationStatement::startedOn)
                .filter(d -> !d.isBefore(db.today().minusYears(1))).distinct().sorted().toList();
        // a year ago, then each day the list changed: the MME the chart showed on those days
        List<MmeResult> series = Stream.concat(Stream.of(db.today().minusMonths(12)), days.stream())
                .map(day -> calculator.calculate(list.stream().filter(m -> m.isActiveOn(day))
                        .map(MedicationStatement::dose).toList())).toList();
        assertEquals(MmeLevel.AT_LEAST_90, series.get(0).level(), series.get(0)::toString);
        for (int i = 1; i < series.size(); i++) {
            assertTrue(series.get(i).totalMme() < series.get(i - 1).totalMme(), "each step lowers the dose");
        }
        MmeResult today = db.call(() -> medications.mme(ahmed.id()));
        assertEquals(MmeLevel.BELOW_50, today.level());
        assertEquals(30.0, today.totalMme());
        assertTrue(db.call(() -> db.service(OpioidSafety.class).read(ahmed.id())).items().stream()
                .allMatch(i -> i.status() == OpioidSafetyReview.Status.RECORDED));

        ProcedureRecord epidural = procedures(ahmed, "ESI_LUMBAR_IL").get(0).procedure();
        List<Hold> holds = db.call(() -> procedures.eligibility(ahmed.id(), "ESI_LUMBAR_IL", null,
                epidural.date().toString())).holds();
        Hold apixaban = holds.stream().filter(h -> h.drug().equals("apixaban")).findFirst().orElseThrow();
        assertEquals(3, apixaban.holdDays());
        assertEquals(epidural.date().minusDays(3), apixaban.stopBy());
        assertTrue(last(history(ahmed, "PEG")).mcidReached());
        assertEquals("low risk", history(ahmed, "ORT").get(0).assessment().band());
    }

    @Test
    void sophieStaysModeratelyDepressedAndCatastrophizingInCbtWithHerOneAlertAcknowledged() {
        Patient sophie = patient("DEMO-0005");
        assertEquals("moderate", last(history(sophie, "PHQ9")).assessment().band());
        assertEquals("clinically relevant catastrophizing", last(history(sophie, "PCS")).assessment().band());
        assertTrue(last(history(sophie, "GAD7")).mcidReached());
        assertTrue(last(history(sophie, "NDI")).mcidReached());
        assertEquals("high risk", history(sophie, "STARTBACK").get(0).assessment().band());
        assertEquals(List.of(), db.call(() -> assessments.openAlerts(sophie.id())));
        long acknowledged = db.call(em -> em.createQuery("select count(s) from SafetyAlert s where s.patientId = :p"
                + " and s.acknowledgedBy = 'psy.novak'", Long.class).setParameter("p", sophie.id()).getSingleResult());
        assertEquals(1, acknowledged);

        CarePlans.Detail plan = db.call(() -> db.service(CarePlans.class).details(sophie.id())).get(0);
        assertTrue(plan.modalities().stream().anyMatch(m -> m.discipline() == Discipline.CBT
                && m.responsible().equals("psy.novak")));
        assertEquals(3, plan.goals().size());
        assertFalse(db.call(() -> db.service(PsychEvaluations.class).list(sophie.id())).get(0)
                .clearedForNeuromodulation());
        assertEquals(List.of("GAD7", "PHQ9"), db.call(() -> assessments.openAssignments(sophie.id())).stream()
                .map(QuestionnaireAssignment::instrument).sorted().toList());
    }

    @Test
    void kwameHasOnlyHisIntake() {
        Patient kwame = patient("DEMO-0006");
        assertEquals(1, db.call(() -> db.service(PainAssessments.class).history(kwame.id())).size());
        assertEquals(List.of("ODI"), db.call(() -> assessments.openAssignments(kwame.id())).stream()
                .map(QuestionnaireAssignment::instrument).toList());
        for (String instrument : InstrumentCatalogue.codes()) {
            assertEquals(List.of(), history(kwame, instrument), instrument);
        }
        assertEquals(List.of(), db.call(() -> procedures.history(kwame.id())));
        assertEquals(List.of(), db.call(() -> db.service(Diagnoses.class).list(kwame.id())));
        assertEquals(0, ChronoUnit.DAYS.between(kwame.createdAt().toLocalDate(),
                db.today().minusDays(KwameMensahHistory.REGISTERED_DAYS_AGO)));
        List<EducationAssignment> given = db.call(() -> db.service(PatientEducation.class).list(kwame.id()));
        assertEquals(List.of("Your first visit to the pain clinic"), given.stream().map(a -> a.topic().title()).toList(),
                "the clinic's own text about the first visit");
    }

    @Test
    void theClinicHasATextOfItsOwnApprovedByAPhysicianAndADraftWaitingForApproval() {
        EducationLibrary library = db.service(EducationLibrary.class);
        List<ClinicText> texts = db.call(() -> library.clinicTexts(0, 10)).items();
        assertEquals(List.of("walking-group", "your-first-visit"), texts.stream().map(ClinicText::code).toList(),
                "the draft first");
        assertEquals(ClinicTextStatus.DRAFT, texts.get(0).status());
        assertEquals("pt.garcia", texts.get(0).writtenBy());
        assertEquals("dr.lee", texts.get(1).approvedBy());
        assertTrue(db.call(() -> library.assignable("your-first-visit")).isPresent());
        assertFalse(db.call(() -> library.assignable("walking-group")).isPresent(), "a draft is not given");
    }
}
