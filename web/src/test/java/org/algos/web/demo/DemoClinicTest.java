package org.algos.web.demo;

import static org.algos.web.demo.DemoClinicDatabase.DR_LEE;
import static org.algos.web.demo.DemoClinicDatabase.patients;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.algos.careplan.conference.CaseConferences;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.diary.PainDiary;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.TeamTasks;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.intervention.procedure.Procedures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo clinic with its year of history, written into the schema of every module and read
 * back through the modules' services as the demo's clinicians and patients see it: the team's
 * tasks, the plans, today's worklist, the diaries. Also times the seeding; the patients' stories
 * are checked against the clinical rules by {@link DemoStoriesTest}.
 */
class DemoClinicTest {

    @RegisterExtension
    static final InMemoryDatabase db = DemoClinicDatabase.database();

    private static DemoClinic.Created created;
    private static long millis;
    private static int auditEventsAfterSeeding;

    @BeforeAll
    static void seed() {
        long started = System.nanoTime();
        created = DemoClinicDatabase.seed(db);
        millis = (System.nanoTime() - started) / 1_000_000;
        auditEventsAfterSeeding = db.auditEvents().size();
        System.out.println("DemoClinicTest: demo clinic created in " + millis + " ms, of which its history ("
                + created.history().rows() + " rows) " + created.history().millis() + " ms");
        DemoCounts.print(db);
    }

    @Test
    void theClinicHasItsAccountsPatientsAndAYearOfHistoryWrittenWithoutAuditEvents() {
        assertEquals(9, created.accounts());
        assertEquals(6, created.patients());
        assertTrue(created.history().rows() > 900, () -> created.history().rows() + " rows");
        assertEquals(0, auditEventsAfterSeeding, "seeded history is nobody's access to a record");
        assertTrue(millis < 20_000, () -> "seeding took " + millis + " ms");
        Patient kwame = patients(db).get("DEMO-0006");
        assertEquals(db.today().minusDays(KwameMensahHistory.REGISTERED_DAYS_AGO), kwame.createdAt().toLocalDate());
        assertEquals(db.today().minusMonths(DemoHistory.REGISTERED_MONTHS_AGO),
                patients(db).get(DemoData.JANE_DOE_MRN).createdAt().toLocalDate());
    }

    @Test
    void everyClinicianOnTheTeamsHasOpenTasks() {
        TeamTasks tasks = db.service(TeamTasks.class);
        for (Caller clinician : DemoClinicDatabase.clinicians()) {
            db.actAs(clinician);
            long open = db.call(() -> tasks.mine("open", 0, 50)).total();
            long done = db.call(() -> tasks.mine("done", 0, 50)).total();
            assertTrue(open >= 3, () -> clinician.username() + " has " + open + " open tasks");
            assertTrue(open + done >= 4, () -> clinician.username() + " has " + (open + done) + " tasks");
        }
    }

    @Test
    void everyPatientButTheNewReferralHasOneActivePlanAndTheClinicOneCaseConference() {
        db.actAs(DR_LEE);
        CarePlans plans = db.service(CarePlans.class);
        CaseConferences conferences = db.service(CaseConferences.class);
        int held = 0;
        for (Patient patient : patients(db).values()) {
            List<CarePlanStatus> statuses = db.call(() -> plans.list(patient.id())).stream().map(CarePlan::status)
                    .toList();
            assertEquals(patient.mrn().equals("DEMO-0006") ? List.of() : List.of(CarePlanStatus.ACTIVE), statuses,
                    patient.mrn());
            held += db.call(() -> conferences.list(patient.id())).size();
            if (!statuses.isEmpty()) {
                CarePlans.Detail plan = db.call(() -> plans.details(patient.id())).get(0);
                assertTrue(plan.goals().size() >= 2 && plan.modalities().size() >= 2 && plan.tasks().size() >= 3,
                        patient.mrn());
                assertTrue(plan.progress().values().stream().mapToInt(List::size).sum() >= 2, patient.mrn());
            }
        }
        assertEquals(1, held);
    }

    @Test
    void todaysWorklistHoldsJohnsEpiduralAndMariasImplantForTheTeamsPhysicianAndNurse() {
        Procedures procedures = DemoClinicDatabase.procedures(db);
        Map<String, Patient> patients = patients(db);
        List<String> expected = Stream.of(patients.get("DEMO-0002").id() + " ESI_LUMBAR_TF checked-in",
                patients.get("DEMO-0003").id() + " SCS_IMPLANT scheduled").sorted().toList();
        for (Caller clinician : DemoClinicDatabase.clinicians().subList(0, 2)) {
            db.actAs(clinician);
            List<String> today = db.call(() -> procedures.worklist(db.today())).stream()
                    .map(r -> r.patientId() + " " + r.procedure() + " " + r.status().code()).sorted().toList();
            assertEquals(expected, today, clinician.username());
        }
    }

    @Test
    void janeAndAhmedKeptTheirDiaryEveryDayOfTheYearInTheirOwnAccounts() {
        PainDiary diary = db.service(PainDiary.class);
        for (DemoData.PatientAccount account : DemoData.PATIENT_ACCOUNTS) {
            Patient patient = patients(db).get(account.mrn());
            db.actAs(DemoClinicDatabase.account(patient, account.username()));
            Page<DiaryEntry> page = db.call(() -> diary.read(patient.id(), 0, 7));
            assertEquals(365, page.total(), account.username());
            assertEquals(db.today().minusDays(1), page.items().get(0).day(), "today is left for the patient to write");
            assertTrue(db.call(() -> diary.painTrend(patient.id(), 30)).change().isPresent(), account.username());
        }
    }

    @Test
    void theSameDayGivesTheSameHistory() throws SQLException {
        InMemoryDatabase again = DemoClinicDatabase.database();
        again.open("DemoClinicTest-again");
        try {
            DemoClinicDatabase.seed(again);
            assertEquals(DemoCounts.rows(db), DemoCounts.rows(again));
            assertEquals(DemoCounts.content(db), DemoCounts.content(again));
        } finally {
            again.close();
        }
    }
}
