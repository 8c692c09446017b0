package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.algos.web.it.portal.CareChartPage;
import org.algos.web.it.portal.CarePlanPage;
import org.algos.web.it.portal.ConferencePage;
import org.algos.web.it.portal.MyTasksPanel;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.it.portal.WorklistPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The integrated-care portal in headless Chromium: the chart summary, the care-plan editor with
 * the team's tasks on the worklist, medications with MME and holds, and case conferences.
 */
class CarePortalIT extends InBrowser {

    private static final String RUN = Clinic.unique();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private ApiClient drLee;

    @BeforeEach
    void signInApi() {
        drLee = clinic.as("dr.lee");
    }

    @Test
    void theSummaryPutsPainFunctionMoodCatastrophizingMmeAndGoalsSideBySide() {
        TestPatient casey = newPatient("Summary");
        long patient = casey.id();
        String twoYearsAgo = TODAY.minusYears(2) + "T09:00:00Z";
        record(patient, "ODI", twoYearsAgo, "{\"1\":2,\"2\":2,\"3\":2,\"4\":2,\"5\":2,\"6\":2,\"7\":2,\"8\":2,\"9\":2,\"10\":2}");
        record(patient, "ODI", null, "{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":1,\"10\":1}");
        record(patient, "PHQ9", twoYearsAgo, "{\"1\":2,\"2\":2,\"3\":2,\"4\":2,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":0}");
        record(patient, "PHQ9", null, "{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":0,\"7\":0,\"8\":0,\"9\":0}");
        record(patient, "GAD7", null, "{\"1\":2,\"2\":2,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1}");
        record(patient, "PCS", null,
                "{\"1\":3,\"2\":3,\"3\":3,\"4\":3,\"5\":2,\"6\":2,\"7\":2,\"8\":3,\"9\":3,\"10\":3,\"11\":2,\"12\":2,\"13\":2}");
        String pains = "api/patients/" + patient + "/pain-assessments";
        assertEquals(201, drLee.post(pains, "{\"nrsNow\":7,\"nrsWorst\":9,\"nrsAverage\":8,\"painType\":\"nociceptive\","
                + "\"bodyMap\":[]}").status());
        assertEquals(201, drLee.post(pains, "{\"nrsNow\":5,\"nrsWorst\":8,\"nrsAverage\":6,\"painType\":\"nociceptive\","
                + "\"bodyMap\":[]}").status());
        ApiClient own = clinic.patientAccount(casey).api();
        for (int day = 0; day < 7; day++) {
            ApiClient.Reply diary = own.put("api/patients/" + patient + "/diary", "{\"date\":\"" + TODAY.minusDays(day)
                    + "\",\"pain\":" + (day % 2 == 0 ? 4 : 6) + "}", null);
            assertEquals(200, diary.status(), diary::toString);
        }
        ApiClient.Reply patch = drLee.post("api/patients/" + patient + "/medications",
                "{\"drug\":\"fentanyl\",\"mcgPerHour\":12,\"startedOn\":\"" + TODAY.minusDays(30) + "\"}");
        assertEquals(201, patch.status(), patch::toString);
        ApiClient.Reply plan = drLee.post("api/patients/" + patient + "/care-plans",
                "{\"title\":\"Function first\",\"status\":\"active\"}");
        assertEquals(201, plan.status(), plan::toString);
        ApiClient.Reply goal = drLee.post("api/patients/" + patient + "/care-plans/" + plan.json().getJsonNumber("id")
                + "/goals", "{\"description\":\"Walk 30 minutes a day\",\"measure\":\"minutes walked\","
                + "\"targetValue\":\"30\",\"targetDate\":\"" + TODAY.plusMonths(3) + "\"}");
        assertEquals(201, goal.status(), goal::toString);

        CareChartPage chart = openChartAs("dr.lee", patient);
        String nrs = chart.summaryLine("nrs");
        assertTrue(nrs.contains("6/10") && nrs.contains("\u22122 since") && nrs.contains("MCID reached"), nrs);
        String diary = chart.summaryLine("diary");
        assertTrue(diary.contains("4.9/10") && diary.contains("mean of 7 days"), diary);
        String odi = chart.summaryLine("odi");
        assertTrue(odi.contains("20 %") && odi.contains("minimal") && odi.contains("\u221220 since " + TODAY.minusYears(2))
                && odi.contains("MCID reached"), odi);
        String phq9 = chart.summaryLine("phq9");
        assertTrue(phq9.contains("PHQ-9 5") && phq9.contains("mild") && phq9.contains("\u22127") && phq9.contains("MCID reached"),
                phq9);
        String gad7 = chart.summaryLine("gad7");
        assertTrue(gad7.contains("GAD-7 9") && gad7.contains("mild") && gad7.contains("baseline"), gad7);
        String pcs = chart.summaryLine("pcs");
        assertTrue(pcs.contains("33") && pcs.contains("clinically relevant catastrophizing"), pcs);
        String mme = chart.summaryLine("mme");
        assertTrue(mme.contains("28.8") && mme.contains("below50"), mme);
        String goals = chart.summaryTile("goals");
        assertTrue(goals.contains("Function first") && goals.contains("Walk 30 minutes a day")
                && goals.contains("not-started") && goals.contains("by " + TODAY.plusMonths(3)), goals);
    }

    @Test
    void aPhysicianPlansJanesCareAndThePhysiotherapistCarriesOutHerPart() {
        TestPatient jane = clinic.newPatient("Jane", "Doe", "nurse.kim", "pt.garcia", "psy.novak");
        ApiClient.Reply diagnosis = drLee.post(jane.path() + "/diagnoses",
                "{\"system\":\"ICD-10-CM\",\"code\":\"M54.50\",\"primary\":false,\"onsetDate\":\"2024-01-01\"}");
        assertEquals(201, diagnosis.status(), diagnosis::toString);

        // dr.lee sees the summary at the top of Jane's chart.
        CareChartPage chart = openChartAs("dr.lee", jane.id());
        for (String tile : List.of("pain", "function", "mood", "catastrophizing", "mme", "goals")) {
            assertFalse(chart.summaryTile(tile).isBlank(), tile);
        }
        assertTrue(chart.summaryLine("mme").contains("MME/day"), chart.summaryLine("mme"));
        assertTrue(chart.summaryTile("goals").contains("No open care plan"), chart.summaryTile("goals"));

        // ...creates a care plan from the chart with a goal, a physiotherapy modality and a task.
        CarePlanPage plan = chart.newCarePlan().create("Back pain: function first " + RUN, "active",
                List.of("M54.50"), "Fear of movement");
        assertEquals("active", plan.status());
        assertTrue(plan.problems().contains("M54.50 Low back pain") && plan.problems().contains("Fear of movement"),
                plan.problems());
        String due = TODAY.toString();
        plan.addGoal("Walk to the shops without stopping " + RUN, "minutes walked", "30", TODAY.plusDays(60).toString());
        plan.addModality("PHYSIOTHERAPY", "Graded activity and core stability", "twice a week", "Lucia Garcia");
        plan.addTask("Assess walking tolerance " + RUN, "Lucia Garcia", due);
        assertTrue(plan.goals().get(0).contains("Walk to the shops") && plan.goals().get(0).contains("not-started"),
                plan.goals()::toString);
        assertTrue(plan.modalities().get(0).contains("PHYSIOTHERAPY") && plan.modalities().get(0).contains("Lucia Garcia"),
                plan.modalities()::toString);
        assertEquals("twice a week", plan.modalityFrequency(0));
        assertTrue(plan.tasks().get(0).contains("pt.garcia") && plan.tasks().get(0).contains(due),
                plan.tasks()::toString);

        screenshot("plan");

        // Someone saves the plan in between: the physician's save is refused and keeps what they typed.
        long planId = Long.parseLong(browser.url().replaceAll(".*plan=([0-9]+).*", "$1"));
        String plansPath = jane.path() + "/care-plans/" + planId;
        ApiClient.Reply read = drLee.get(plansPath);
        ApiClient.Reply elsewhere = drLee.put(plansPath, "{\"title\":\"Back pain, revised elsewhere " + RUN + "\"}",
                read.etag().orElseThrow());
        assertEquals(200, elsewhere.status(), elsewhere::toString);
        plan.typeTitle("Back pain: walking first " + RUN).save("changed by someone else");
        assertEquals("Back pain: walking first " + RUN, plan.titleField(), "the typed title stays in the form");
        screenshot("conflict");
        plan.reload();
        assertEquals("Back pain, revised elsewhere " + RUN, plan.title());
        assertEquals("Back pain, revised elsewhere " + RUN, plan.titleField());

        chart = plan.backToChart();
        String goals = chart.summaryTile("goals");
        assertTrue(goals.contains("Back pain, revised elsewhere") && goals.contains("Walk to the shops")
                && goals.contains("not-started"), goals);

        // pt.garcia finds the task on her worklist, works on her own discipline's modality and the goal.
        browser.open("app/worklist.xhtml");
        new WorklistPage(browser).signOut();
        new SignInPage(browser).open().signInAs("pt.garcia", "demo");
        MyTasksPanel tasks = new MyTasksPanel(browser);
        assertTrue(tasks.tasks().stream().anyMatch(r -> r.contains("Assess walking tolerance " + RUN)
                && r.contains(jane.fullName()) && r.contains(due)), tasks.tasks()::toString);
        CarePlanPage asPhysiotherapist = tasks.openPlan("Assess walking tolerance " + RUN, jane.fullName());
        assertFalse(asPhysiotherapist.offersPlanForm(), "the physician owns the plan");
        assertEquals(List.of("PHYSIOTHERAPY"), asPhysiotherapist.disciplineChoices());
        assertTrue(asPhysiotherapist.offersModalityEdit(0));
        asPhysiotherapist.changeModalityStatus(0, "active");
        assertEquals("active", asPhysiotherapist.modalityStatus(0));
        asPhysiotherapist.reviewGoal(0, "in-progress", "Walks 10 minutes before resting " + RUN);
        String goal = asPhysiotherapist.goals().get(0);
        assertTrue(goal.contains("in-progress") && goal.contains("Walks 10 minutes before resting") && goal.contains(
                "pt.garcia"), goal);

        screenshot("physiotherapist");
        browser.open("app/worklist.xhtml");
        tasks = new MyTasksPanel(browser);
        tasks.markDone("Assess walking tolerance " + RUN, jane.fullName());
        assertTrue(tasks.tasks().stream().noneMatch(r -> r.contains("Assess walking tolerance " + RUN)));
    }

    @Test
    void aNurseAddsAnOpioidAndSeesTheMmeLevelTheAdviceAndTheAnticoagulantHold() {
        CareChartPage chart = openChartAs("nurse.kim", newPatient("Meds").id());
        assertEquals("0", chart.mmeTotal());
        assertEquals("below50", chart.mmeLevel());
        assertTrue(chart.holds().isEmpty(), chart.holds()::toString);
        assertFalse(chart.showsOpioidSafety(), "the opioid safety items are pressed from 50 MME/day");

        String started = TODAY.minusDays(10).toString();
        chart.addMedication("oxycodone", "20", "2", null, "chronic low back pain", started);
        assertEquals("60", chart.mmeTotal());
        assertEquals("50to89", chart.mmeLevel());
        assertTrue(chart.mmePanel().contains("reassess benefit, offer naloxone"), chart.mmePanel());
        String oxycodone = chart.medications().get(0);
        assertTrue(oxycodone.contains("20 mg × 2/day") && oxycodone.contains("1.5") && oxycodone.contains("60"),
                oxycodone);
        String summary = chart.summaryLine("mme");
        assertTrue(summary.contains("60") && summary.contains("50to89"), summary);

        // From 50 MME/day the opioid safety items show; the nurse records naloxone and the PDMP check.
        assertTrue(chart.showsOpioidSafety());
        assertTrue(chart.safetyItems().stream().allMatch(r -> r.contains("missing")), chart.safetyItems()::toString);
        chart.recordOpioidSafety(TODAY.toString(), TODAY.toString());
        List<String> safety = chart.safetyItems();
        assertTrue(safety.stream().anyMatch(r -> r.contains("Naloxone offered") && r.contains(TODAY.toString())
                && r.contains("recorded")), safety::toString);
        assertTrue(safety.stream().anyMatch(r -> r.contains("PDMP checked") && r.contains("recorded")), safety::toString);
        assertTrue(safety.stream().anyMatch(r -> r.contains("Treatment agreement") && r.contains("missing")),
                safety::toString);
        screenshot("opioid-safety");

        chart.addMedication("apixaban", null, null, null, "atrial fibrillation", started);
        List<String> holds = chart.holds();
        assertEquals(1, holds.size(), holds::toString);
        assertTrue(holds.get(0).contains("apixaban") && holds.get(0).contains("hold 3 days")
                && holds.get(0).contains("no hold by default"), holds.get(0));

        chart.addMedication("buprenorphine", null, null, "10", null, started);
        chart.addMedication("diazepam", "5", "1", null, "anxiety", started);
        assertEquals("60", chart.mmeTotal(), "buprenorphine is shown and not counted");
        assertTrue(chart.medications().stream().anyMatch(r -> r.contains("buprenorphine") && r.contains("not counted")),
                chart.medications()::toString);
        assertTrue(chart.showsBenzodiazepineFlag());
        assertTrue(chart.medications().stream().anyMatch(r -> r.contains("diazepam") && r.contains("benzodiazepine")),
                chart.medications()::toString);

        chart.stopMedication("oxycodone", TODAY.minusDays(1).toString());
        assertEquals("0", chart.mmeTotal());
        assertEquals("below50", chart.mmeLevel());
        assertFalse(chart.showsOpioidSafety());
        assertTrue(chart.summaryLine("mme").contains("below50"), chart.summaryLine("mme"));
    }

    @Test
    void aCaseConferenceRecordsEachDisciplinesInputAndItsTaskReachesTheWorklist() {
        TestPatient casey = newPatient("Conference");
        ApiClient.Reply plan = drLee.post(casey.path() + "/care-plans",
                "{\"title\":\"Conference plan\",\"status\":\"active\"}");
        assertEquals(201, plan.status(), plan::toString);

        WorklistPage worklist = new SignInPage(browser).open().signInAs("dr.lee", "demo");
        ConferencePage conference = new MyTasksPanel(browser).openConferences()
                .choosePatient(casey.mrn(), casey.chartName());
        assertTrue(conference.activePlanNote().contains("Conference plan"), conference.activePlanNote());
        String task = "Book a pain education session " + RUN;
        conference.tickAttendee("Nurse Ji-woo Kim")
                .input("Physician", "Opioid taper discussed; MME below 50.")
                .input("Physiotherapist", "Walks 10 minutes; fear of movement.")
                .decisions("Start pain education; review in 6 weeks.")
                .task(task, "Dr. Morgan Lee", TODAY.plusDays(14).toString())
                .record("recorded with 1 task");
        screenshot("recorded");
        String held = conference.conferences();
        // the server's day of recording, read now rather than when the class loaded (a run may cross midnight)
        String recordedOn = LocalDate.now(ZoneOffset.UTC).toString();
        assertTrue(held.contains(recordedOn) && held.contains("dr.lee, nurse.kim")
                && held.contains("Input of the physician") && held.contains("Opioid taper discussed")
                && held.contains("Input of the physiotherapist") && held.contains("Start pain education")
                && held.contains(task + " → dr.lee"), held);

        browser.open("app/worklist.xhtml");
        List<String> mine = new MyTasksPanel(browser).tasks();
        assertTrue(mine.stream().anyMatch(r -> r.contains(task) && r.contains("(case conference)")
                && r.contains(casey.fullName())), mine::toString);
    }

    /** A new patient of dr.lee's with nurse.kim, pt.garcia and psy.novak on the care team. */
    private TestPatient newPatient(String familyName) {
        return clinic.register("dr.lee", "Casey", familyName, "1968-05-05", "female", "nurse.kim", "pt.garcia", "psy.novak");
    }

    private void record(long patient, String instrument, String takenAt, String answers) {
        ApiClient.Reply r = drLee.post("api/patients/" + patient + "/assessments", "{\"instrument\":\"" + instrument
                + "\"," + (takenAt == null ? "" : "\"takenAt\":\"" + takenAt + "\",") + "\"answers\":" + answers + "}");
        assertEquals(201, r.status(), r::toString);
    }

    private CareChartPage openChartAs(String username, long patient) {
        new SignInPage(browser).open().signInAs(username, "demo");
        browser.open("app/patient.xhtml?id=" + patient);
        return new CareChartPage(browser);
    }
}
