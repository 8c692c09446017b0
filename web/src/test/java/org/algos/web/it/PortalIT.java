package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.algos.web.it.portal.AssessmentPage;
import org.algos.web.it.portal.Browser;
import org.algos.web.it.portal.PainAssessmentPage;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.PatientSearchPage;
import org.algos.web.it.portal.ProcedurePage;
import org.algos.web.it.portal.SchedulePage;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.it.portal.WorklistPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal in headless Chromium, as its users meet it, with the built-in login and demo data. */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AlgosWar.asBuilt();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = new Browser(url.toString());
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() {
        browser.finish(Path.of("target", "screenshots", testName + ".png"));
    }

    private void assertNoScriptErrorsOrStackTraces() {
        browser.assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void aPhysicianSignsInFindsTheDemoPatientAndOpensTheChart() {
        WorklistPage worklist = new SignInPage(browser).open().signInAs("dr.lee", "demo");
        assertTrue(worklist.currentUser().contains("Dr. Morgan Lee"), worklist.currentUser());
        assertTrue(worklist.currentUser().contains("physician"));
        assertTrue(worklist.hasMenuEntry("menuPatients"));
        assertFalse(worklist.hasMenuEntry("menuAudit"), "the audit viewer is the auditor's");
        assertNoScriptErrorsOrStackTraces();

        PatientSearchPage search = worklist.goToPatients().search("Doe");
        List<String> rows = search.rowTexts();
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).contains("Doe, Jane") && rows.get(0).contains("DEMO-0001"), rows::toString);
        assertNoScriptErrorsOrStackTraces();

        PatientChartPage chart = search.openRow(0);
        assertEquals("Doe, Jane", chart.name());
        assertEquals("DEMO-0001", chart.mrn());
        assertEquals("treatment", chart.accessBasis());
        List<String> team = chart.careTeam();
        assertTrue(team.stream().anyMatch(r -> r.contains("nurse.kim")), team::toString);
        assertTrue(team.stream().anyMatch(r -> r.contains("dr.lee") && r.contains("physician")), team::toString);
    }

    @Test
    void aWrongPasswordShowsAMessageAndNoStackTrace() {
        SignInPage page = new SignInPage(browser).open().attempt("dr.lee", "wrong");
        assertTrue(page.messages().contains("Wrong user name or password"), page.messages());
        assertTrue(browser.url().contains("login.xhtml"));
    }

    @Test
    void aClinicianOutsideTheTeamIsRefusedAndCanBreakTheGlass() {
        new SignInPage(browser).open().signInAs("dr.okafor", "demo");
        browser.open("app/patient.xhtml?id=1");
        PatientChartPage page = new PatientChartPage(browser);
        assertFalse(page.showsChart());
        assertTrue(page.messages().contains("not on this patient's care team"), page.messages());
        assertTrue(page.offersBreakGlass());

        page.breakGlass("Covering the on-call service; patient in recovery with severe pain");
        assertTrue(page.showsEmergencyBanner());
        assertEquals("Doe, Jane", page.name());
        assertEquals("break-glass", page.accessBasis());
    }

    @Test
    void signingOutEndsTheSession() {
        WorklistPage worklist = new SignInPage(browser).open().signInAs("nurse.kim", "demo");
        worklist.signOut();
        assertTrue(browser.find("signedOutMessage").isDisplayed());
        browser.open("app/worklist.xhtml");
        browser.waitForUrlContaining("login.xhtml");
    }

    @Test
    void aDeactivatedAccountLosesItsOpenSessionAtTheNextPage() throws Exception {
        String username = "nurse.off" + System.nanoTime() % 100000;
        ApiClient admin = ApiClient.as(url.toURI(), "admin");
        assertEquals(201, admin.post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Nurse Off\","
                + "\"role\":\"nurse\",\"password\":\"a long passphrase\"}").status());
        WorklistPage worklist = new SignInPage(browser).open().signInAs(username, "a long passphrase");
        assertTrue(worklist.currentUser().contains("Nurse Off"), worklist.currentUser());

        assertEquals(200, admin.put("api/users/" + username + "/active", "{\"active\":false}", null).status());
        browser.open("app/patients.xhtml");
        browser.waitForUrlContaining("login.xhtml?ended=inactive");
        assertTrue(browser.find("sessionEndedMessage").getText().contains("account is disabled"));
        new SignInPage(browser).attempt(username, "a long passphrase");
        browser.waitForText("loginForm:messages", "Wrong user name or password"); // a disabled account cannot sign in again
        assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void theAuditorVerifiesTheChainInThePortal() {
        WorklistPage worklist = new SignInPage(browser).open().signInAs("auditor", "demo");
        assertTrue(worklist.hasMenuEntry("menuAudit"));
        assertFalse(worklist.hasMenuEntry("menuPatients"));
        browser.click("menuForm:menuAudit");
        browser.click("auditForm:verify");
        browser.waitForText("messages", "Audit chain intact");
    }

    @Test
    void aClinicianEntersTwoOdisAndTheChartShowsTheTrendWithTheMcid() {
        PatientChartPage chart = openJaneDoeAs("dr.lee");

        AssessmentPage odi = chart.startQuestionnaire("ODI");
        assertTrue(odi.title().contains("Oswestry"), odi.title());
        odi.answerAll(List.of(2, 2, 2, 2, 2, 2, 2, 2));
        assertTrue(odi.showsIncomplete(), "8 of 10 sections cannot be scored");
        assertTrue(odi.incompleteMessage().contains("at least 9"), odi.incompleteMessage());
        odi.answer(8, 2);
        assertEquals("40 %", odi.percent(), "18 of 45 with one section missing");
        odi.answer(9, 2);
        assertEquals("10 of 10 answered", odi.answeredCount());
        assertEquals("20", odi.total());
        assertEquals("40 %", odi.percent());
        assertEquals("moderate", odi.band());
        screenshot("form");
        assertNoScriptErrorsOrStackTraces();

        chart = odi.save();
        assertTrue(chart.messages().contains("ODI saved"), chart.messages());
        List<String> rows = chart.trendRows("odi");
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).contains("40 %") && rows.get(0).contains("moderate") && rows.get(0).contains("baseline"),
                rows::toString);
        assertTrue(chart.showsTrendChart("odi"));
        assertNoScriptErrorsOrStackTraces();

        odi = chart.startQuestionnaire("ODI");
        odi.answerAll(List.of(2, 2, 2, 2, 2, 1, 1, 1, 1, 1));
        assertEquals("30 %", odi.percent());
        assertEquals("moderate", odi.band());
        chart = odi.save();
        rows = chart.trendRows("odi");
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(rows.get(1).contains("30 %") && rows.get(1).contains("10") && rows.get(1).contains("MCID reached"),
                rows::toString);
        assertFalse(rows.get(0).contains("MCID reached"), rows::toString);
    }

    @Test
    void aClinicianRecordsAPainAssessmentWithABodyMapRegion() {
        PatientChartPage chart = openJaneDoeAs("dr.lee");
        PainAssessmentPage pain = chart.startPainAssessment();
        pain.nrs("nrsNow", 5).nrs("nrsWorst", 8).nrs("nrsAverage", 6).painType(0);

        pain.clickRegion("bodymap-back-lower_back");
        assertTrue(pain.isMarked("bodymap-back-lower_back"));
        List<String> marks = pain.markedRegions();
        assertEquals(1, marks.size(), marks::toString);
        assertTrue(marks.get(0).contains("Lower back"), marks::toString);

        pain.toggleRegionWithKeyboard("bodymap-front-knee-left");
        assertEquals(2, pain.markedRegions().size(), pain.markedRegions()::toString);
        assertEquals("bodymap-front-knee-left", pain.focusedElementId(), "focus stays on the region");
        pain.toggleRegionWithKeyboard("bodymap-front-knee-left");
        assertEquals(1, pain.markedRegions().size(), pain.markedRegions()::toString);
        assertNoScriptErrorsOrStackTraces();

        pain.intensity(0, 6);
        screenshot("form");
        chart = pain.save();
        assertTrue(chart.messages().contains("Pain assessment saved"), chart.messages());
        List<String> rows = chart.trendRows("nrs");
        assertFalse(rows.isEmpty());
        String latest = rows.get(rows.size() - 1);
        assertTrue(latest.contains("Lower back (lumbar) 6/10") && latest.contains("nociceptive"), latest);
        assertTrue(chart.showsTrendChart("nrs"));
    }

    @Test
    void aPsychologistSeesTheChartWithoutThePhysiciansForms() {
        PatientChartPage chart = openJaneDoeAs("psy.novak");
        assertFalse(chart.offersToAdd("diagnosesForm:addDiagnosis"));
        assertFalse(chart.offersToAdd("imagingForm:addFinding"));
        assertFalse(chart.offersToAdd("blocksForm:addBlock"));
        assertFalse(chart.offersToRecordPain(), "psychologists do not record pain assessments");
        List<String> choices = chart.questionnaireChoices();
        assertTrue(choices.stream().anyMatch(c -> c.endsWith("(PHQ9)")), choices::toString);
        assertFalse(choices.stream().anyMatch(c -> c.endsWith("(ODI)")), choices::toString);
    }

    @Test
    void aPhq9WithSelfHarmThoughtsRaisesASafetyAlertThatANurseAcknowledges() {
        PatientChartPage chart = openJaneDoeAs("dr.lee");
        AssessmentPage phq9 = chart.startQuestionnaire("PHQ9");
        phq9.answerAll(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals("9", phq9.total());
        assertEquals("mild", phq9.band());
        assertTrue(phq9.alerts().contains("Safety alert"), "the alert shows while the form is filled in");
        chart = phq9.save();
        List<String> alerts = chart.safetyAlerts();
        assertEquals(1, alerts.size(), alerts::toString);
        chart.signOut();

        PatientChartPage nurses = openJaneDoeAs("nurse.kim");
        assertEquals(1, nurses.safetyAlerts().size());
        nurses.acknowledgeAlert(0);
        browser.waiting().until(d -> nurses.safetyAlerts().isEmpty());
    }

    @Test
    void aPhysicianAddsADiagnosisAndAPositiveMedialBranchBlock() {
        PatientChartPage chart = openJaneDoeAs("dr.lee");
        chart.addDiagnosis("chronic primary", "MG30.0", true, "2024-03-01");
        List<String> diagnoses = chart.diagnoses();
        assertTrue(diagnoses.stream().anyMatch(d -> d.contains("ICD11 MG30.0") && d.contains("primary")
                && d.contains("2024-03-01")), diagnoses::toString);
        int added = diagnoses.size() - 1;
        chart.changeDiagnosisStatus(added, "ruled-out");
        assertTrue(chart.diagnoses().get(added).contains("ruled-out"), chart.diagnoses()::toString);

        chart.recordBlock("mbb lumbar", "left", "L4-L5", "bupivacaine 0.5 %", 8, 1, "2025-01-10");
        List<String> blocks = chart.blocks();
        String block = blocks.get(blocks.size() - 1);
        assertTrue(block.contains("87.5 %") && block.contains("positive"), block);
        assertTrue(chart.blockRule(blocks.size() - 1).contains("L38803"), chart.blockRule(blocks.size() - 1));
        assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void aPhysicianBooksAnRfaAgainstTheBlockRuleWithAReasonAndTheChartShowsIt() {
        String nextWeek = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString();
        PatientChartPage chart = openPatientAs("dr.lee", 2, "Smith, John");
        SchedulePage schedule = chart.scheduleProcedure();
        assertEquals("Smith, John", schedule.patient());

        schedule.chooseProcedure("Lumbar facet radiofrequency ablation");
        assertTrue(schedule.procedureDetails().contains("64635") && schedule.procedureDetails().contains("low"),
                schedule.procedureDetails());
        schedule.chooseSide("left").chooseLevels("L4-L5").date(nextWeek);
        assertTrue(schedule.levelsLabel().contains("L4-L5"), schedule.levelsLabel());
        assertTrue(schedule.verdict().startsWith("Not eligible"), schedule.verdict());
        List<String> refusing = schedule.refusingRules();
        assertTrue(refusing.stream().anyMatch(r -> r.contains("FirstRfaNeedsTwoPositiveMedialBranchBlocks")
                && r.contains("L38803") && r.contains("missing for left")), refusing::toString);
        assertFalse(schedule.documentationReminders().isEmpty(), "the facet LCD's documentation reminder");
        assertNoScriptErrorsOrStackTraces();

        schedule.bookRefused();
        assertTrue(schedule.refusal().startsWith("Not eligible"), schedule.refusal());
        String messages = schedule.messages();
        assertTrue(messages.contains("FirstRfaNeedsTwoPositiveMedialBranchBlocks") && messages.contains("L38803"),
                messages);
        assertTrue(schedule.offersOverride(), "a physician may override");
        assertTrue(schedule.overrideWithoutReason().contains("Give the reason"));
        screenshot("refused");
        assertNoScriptErrorsOrStackTraces();

        String reason = "Two positive blocks (90 % and 85 %) done at the referring clinic; reports scanned";
        chart = schedule.bookWithOverride(reason);
        assertTrue(chart.messages().contains("Booked: Lumbar facet radiofrequency ablation"), chart.messages());
        List<String> procedures = chart.procedures();
        int row = indexOf(procedures, "Lumbar facet radiofrequency ablation");
        String booked = procedures.get(row);
        assertTrue(booked.contains(nextWeek) && booked.contains("left · L4-L5") && booked.contains("scheduled"),
                booked);
        assertEquals(reason, chart.procedureOverrideReason(row));
    }

    @Test
    void aNurseSeesWhyARuleRefusesButCannotOverrideIt() {
        PatientChartPage chart = openPatientAs("nurse.kim", 3, "Fernández, María");
        SchedulePage schedule = chart.scheduleProcedure()
                .chooseProcedure("Lumbar facet radiofrequency ablation")
                .chooseSide("right")
                .chooseLevels("L5-S1")
                .date(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertTrue(schedule.verdict().startsWith("Not eligible"), schedule.verdict());

        schedule.bookRefused();
        String messages = schedule.messages();
        assertTrue(messages.contains("L38803") && messages.contains("missing for right"), messages);
        assertFalse(schedule.offersOverride(), "only a physician overrides");
        assertTrue(schedule.saysOnlyAPhysicianOverrides());
    }

    @Test
    void aNurseBooksAnEligibleProcedureAndCancelsItAfterConfirming() {
        String inTwoWeeks = LocalDate.now(ZoneOffset.UTC).plusWeeks(2).toString();
        PatientChartPage chart = openPatientAs("nurse.kim", 5, "Dubois, Sophie");
        SchedulePage schedule = chart.scheduleProcedure().chooseProcedure("Sacroiliac joint injection");
        schedule.date(inTwoWeeks);
        assertTrue(schedule.hint().startsWith("Choose the side"), schedule.hint());
        schedule.chooseSide("right");
        assertTrue(schedule.verdict().startsWith("Eligible"), schedule.verdict());
        chart = schedule.book();
        List<String> procedures = chart.procedures();
        int row = indexOf(procedures, "Sacroiliac joint injection", inTwoWeeks);
        assertTrue(procedures.get(row).contains("right") && procedures.get(row).contains("scheduled"),
                procedures.get(row));

        ProcedurePage procedure = chart.openProcedure(row);
        assertEquals("scheduled", procedure.status());
        assertFalse(procedure.offersToComplete(), "the note is the physician's");
        procedure.cancel();
        assertFalse(procedure.offersCheckIn());
        chart = procedure.backToChart();
        assertTrue(chart.procedures().get(row).contains("cancelled"), chart.procedures()::toString);
    }

    @Test
    void todaysProcedureIsOnTheWorklistAndCompletesOnlyOnceTheChecklistIsDone() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        PatientChartPage chart = openPatientAs("dr.lee", 4, "Haddad, Ahmed");
        SchedulePage schedule = chart.scheduleProcedure().chooseProcedure("Trigger point injection").date(today);
        assertTrue(schedule.verdict().startsWith("Eligible"), schedule.verdict());
        chart = schedule.book();
        assertTrue(chart.messages().contains("Booked: Trigger point injection"), chart.messages());

        WorklistPage worklist = chart.goToWorklist();
        List<String> todays = worklist.todayProcedures();
        String entry = todays.get(indexOf(todays, "Haddad, Ahmed", "Trigger point injection"));
        assertTrue(entry.matches("(?s).*scheduled\\s+8\\s+Open\\s*"), entry);
        screenshot("worklist");
        assertNoScriptErrorsOrStackTraces();

        ProcedurePage procedure = worklist.openProcedure("Haddad, Ahmed", "Trigger point injection");
        assertEquals("Trigger point injection", procedure.title());
        assertEquals("8 of 8 items open.", procedure.checklistOpen());
        procedure.checkIn();
        procedure.note("Trapezius, left, palpated trigger point", "none", 0, "25 G 1.5 in",
                "lidocaine 1 % 2 ml", "none", "discharged home", 7, 2);
        procedure.complete("Safety checklist");
        String refused = procedure.messages();
        assertTrue(refused.contains("complete the safety checklist first") && refused.contains("Written consent signed")
                && refused.contains("Time-out done"), refused);
        assertEquals("checked-in", procedure.status());
        screenshot("checklist-open");
        assertNoScriptErrorsOrStackTraces();

        List<String> items = procedure.checklistItems();
        assertEquals(8, items.size(), items::toString);
        procedure.answerWithKeyboard(0, "Done");
        assertEquals("7 of 8 items open.", procedure.checklistOpen());
        assertTrue(procedure.isAnswered(0, "Done"));
        assertTrue(procedure.focusIsOnAnswer(0), "the focus stays on the answer once it is saved");
        for (int i = 1; i < items.size(); i++) {
            boolean mayNotApply = items.get(i).startsWith("Pregnancy") || items.get(i).startsWith("Glucose");
            assertEquals(mayNotApply ? List.of("Done", "Not applicable") : List.of("Done"), procedure.answersOffered(i),
                    items.get(i));
            procedure.answer(i, mayNotApply ? "Not applicable" : "Done");
        }
        assertEquals("All items are answered.", procedure.checklistOpen());

        procedure.complete("Procedure completed");
        assertEquals("completed", procedure.status());
        assertEquals("71.4 %", procedure.relief());
        procedure.addFollowUp(today, 3, 60, "turns the head freely");
        List<String> followUps = procedure.followUps();
        assertTrue(followUps.get(0).contains("60 %") && followUps.get(0).contains("turns the head freely"),
                followUps::toString);
        assertNoScriptErrorsOrStackTraces();

        chart = procedure.backToChart();
        List<String> procedures = chart.procedures();
        String done = procedures.get(indexOf(procedures, "Trigger point injection"));
        assertTrue(done.contains("completed") && done.contains("71.4 %") && done.contains(today + ": 60 %"), done);
        assertTrue(chart.showsReliefChart());
    }

    /** The first row containing every one of {@code texts}. */
    private static int indexOf(List<String> rows, String... texts) {
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (java.util.Arrays.stream(texts).allMatch(row::contains)) {
                return i;
            }
        }
        throw new AssertionError("No row with " + List.of(texts) + " in " + rows);
    }

    /** A screenshot of an intermediate page, beside the one taken after each test. */
    private void screenshot(String suffix) {
        browser.screenshot(Path.of("target", "screenshots", testName + "-" + suffix + ".png"));
    }

    private PatientChartPage openPatientAs(String username, long id, String name) {
        new SignInPage(browser).open().signInAs(username, "demo");
        browser.open("app/patient.xhtml?id=" + id);
        PatientChartPage chart = new PatientChartPage(browser);
        assertEquals(name, chart.name());
        return chart;
    }

    private PatientChartPage openJaneDoeAs(String username) {
        new SignInPage(browser).open().signInAs(username, "demo");
        browser.open("app/patient.xhtml?id=1");
        PatientChartPage chart = new PatientChartPage(browser);
        assertEquals("Doe, Jane", chart.name());
        return chart;
    }
}
