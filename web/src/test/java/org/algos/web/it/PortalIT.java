package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.algos.web.it.portal.AssessmentPage;
import org.algos.web.it.portal.Browser;
import org.algos.web.it.portal.PainAssessmentPage;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.PatientSearchPage;
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
        try {
            browser.screenshot(Path.of("target", "screenshots", testName + ".png"));
            assertNoScriptErrorsOrStackTraces();
        } finally {
            browser.close();
        }
    }

    private void assertNoScriptErrorsOrStackTraces() {
        List<String> errors = browser.javaScriptErrors();
        assertTrue(errors.isEmpty(), () -> "JavaScript errors: " + errors);
        String text = browser.pageText();
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("Stack Trace"), text);
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
    void aPatientSeesOnlyTheirOwnRecord() {
        WorklistPage worklist = new SignInPage(browser).open().signInAs("pat.doe", "demo");
        assertTrue(worklist.hasMenuEntry("menuMyRecord"));
        assertFalse(worklist.hasMenuEntry("menuPatients"));
        PatientChartPage own = worklist.openMyRecord();
        assertEquals("Doe, Jane", own.name());
        assertEquals("own record", own.accessBasis());

        browser.open("app/patient.xhtml?id=2");
        PatientChartPage other = new PatientChartPage(browser);
        assertFalse(other.showsChart());
        assertTrue(other.messages().contains("only their own record"), other.messages());
        assertFalse(other.offersBreakGlass(), "patients cannot break the glass");
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

        chart.recordBlock("mbb lumbar", "left", "L4-L5", "bupivacaine 0.5 %", 8, 1, "2025-01-10");
        List<String> blocks = chart.blocks();
        String block = blocks.get(blocks.size() - 1);
        assertTrue(block.contains("87.5 %") && block.contains("positive"), block);
        assertTrue(chart.blockRule(blocks.size() - 1).contains("L38803"), chart.blockRule(blocks.size() - 1));
        assertNoScriptErrorsOrStackTraces();
    }

    /** A screenshot of an intermediate page, beside the one taken after each test. */
    private void screenshot(String suffix) {
        browser.screenshot(Path.of("target", "screenshots", testName + "-" + suffix + ".png"));
    }

    private PatientChartPage openJaneDoeAs(String username) {
        new SignInPage(browser).open().signInAs(username, "demo");
        browser.open("app/patient.xhtml?id=1");
        PatientChartPage chart = new PatientChartPage(browser);
        assertEquals("Doe, Jane", chart.name());
        return chart;
    }
}
