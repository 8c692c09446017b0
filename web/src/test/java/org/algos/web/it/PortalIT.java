package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.web.it.portal.AssessmentPage;
import org.algos.web.it.portal.ChoosePasswordPage;
import org.algos.web.it.portal.PainAssessmentPage;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.PatientSearchPage;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.it.portal.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * The portal in headless Chromium, as its users meet it, with the built-in login: the demo accounts
 * sign in and work on patients each test registers for itself. Scheduling is in {@link SchedulingPortalIT}.
 */
class PortalIT extends InBrowser {

    @Test
    void aPhysicianSignsInFindsAPatientAndOpensTheChart() {
        TestPatient jane = clinic.newPatient("Jane", "Doe", "nurse.kim");
        WorklistPage worklist = new SignInPage(browser).open().signInAs("dr.lee", "demo");
        assertTrue(worklist.currentUser().contains("Dr. Morgan Lee"), worklist.currentUser());
        assertTrue(worklist.currentUser().contains("physician"));
        assertTrue(worklist.hasMenuEntry("menuPatients"));
        assertFalse(worklist.hasMenuEntry("menuAudit"), "the audit viewer is the auditor's");
        assertNoScriptErrorsOrStackTraces();

        PatientSearchPage search = worklist.goToPatients().search(jane.familyName());
        List<String> rows = search.rowTexts();
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).contains(jane.chartName()) && rows.get(0).contains(jane.mrn()), rows::toString);
        assertNoScriptErrorsOrStackTraces();

        PatientChartPage chart = search.openRow(0);
        assertEquals(jane.chartName(), chart.name());
        assertEquals(jane.mrn(), chart.mrn());
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
    void theOwnerOfANewAccountChoosesAPasswordAtFirstSignIn() {
        String username = clinic.newStaffAccount("nurse.new", "Nurse New", "nurse");
        ChoosePasswordPage choose = new SignInPage(browser).open().attemptFirst(username, Clinic.TEMPORARY_PASSWORD);
        assertTrue(choose.saysTheAdministratorSetIt());
        assertEquals(username, choose.username());
        choose.attempt(Clinic.TEMPORARY_PASSWORD, "my passphrase", "my passfrase");
        assertTrue(choose.messages().contains("differ"), choose.messages());
        choose.attempt(Clinic.TEMPORARY_PASSWORD, "too short", "too short");
        assertTrue(choose.messages().contains("New password: must be at least 12 characters"), choose.messages());
        WorklistPage worklist = choose.choose(Clinic.TEMPORARY_PASSWORD, "a passphrase of my own");
        assertTrue(worklist.currentUser().contains("Nurse New"), worklist.currentUser());
        worklist.signOut();
        new SignInPage(browser).open().attempt(username, Clinic.TEMPORARY_PASSWORD);
        browser.waitForText("loginForm:messages", "Wrong user name or password");
        assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void repeatedWrongPasswordsMakeTheSignInFormAskToWait() {
        String username = clinic.staffAccount("dr.typo", "Dr. Typo", "physician");
        SignInPage page = new SignInPage(browser).open();
        for (int i = 0; i < 6; i++) {
            page.attempt(username, "not my password");
            browser.waitForText("loginForm:messages", "Wrong user name or password");
        }
        page.attempt(username, Clinic.STAFF_PASSWORD);
        browser.waitForText("loginForm:messages", "Too many failed sign-ins. Try again in");
        assertTrue(browser.url().contains("login.xhtml"));
    }

    @Test
    void aClinicianOutsideTheTeamIsRefusedAndCanBreakTheGlass() {
        TestPatient jane = clinic.newPatient("Jane", "Doe", "nurse.kim");
        new SignInPage(browser).open().signInAs("dr.okafor", "demo");
        browser.open("app/patient.xhtml?id=" + jane.id());
        PatientChartPage page = new PatientChartPage(browser);
        assertFalse(page.showsChart());
        assertTrue(page.messages().contains("not on this patient's care team"), page.messages());
        assertTrue(page.offersBreakGlass());

        page.breakGlass("Covering the on-call service; patient in recovery with severe pain");
        assertTrue(page.showsEmergencyBanner());
        assertEquals(jane.chartName(), page.name());
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
    void aDeactivatedAccountLosesItsOpenSessionAtTheNextPage() {
        String username = clinic.staffAccount("nurse.off", "Nurse Off", "nurse");
        ApiClient admin = clinic.as("admin");
        WorklistPage worklist = new SignInPage(browser).open().signInAs(username, Clinic.STAFF_PASSWORD);
        assertTrue(worklist.currentUser().contains("Nurse Off"), worklist.currentUser());

        assertEquals(200, admin.put("api/users/" + username + "/active", "{\"active\":false}", null).status());
        browser.open("app/patients.xhtml");
        browser.waitForUrlContaining("login.xhtml?ended=inactive");
        assertTrue(browser.find("sessionEndedMessage").getText().contains("account is disabled"));
        new SignInPage(browser).attempt(username, Clinic.STAFF_PASSWORD);
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
        PatientChartPage chart = openChartAs("dr.lee", clinic.newPatient("Jane", "Doe"));

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
        PatientChartPage chart = openChartAs("dr.lee", clinic.newPatient("Jane", "Doe"));
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
        PatientChartPage chart = openChartAs("psy.novak", clinic.newPatient("Jane", "Doe", "psy.novak"));
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
        TestPatient jane = clinic.newPatient("Jane", "Doe", "nurse.kim");
        PatientChartPage chart = openChartAs("dr.lee", jane);
        AssessmentPage phq9 = chart.startQuestionnaire("PHQ9");
        phq9.answerAll(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals("9", phq9.total());
        assertEquals("mild", phq9.band());
        assertTrue(phq9.alerts().contains("Safety alert"), "the alert shows while the form is filled in");
        chart = phq9.save();
        List<String> alerts = chart.safetyAlerts();
        assertEquals(1, alerts.size(), alerts::toString);
        chart.signOut();

        PatientChartPage nurses = openChartAs("nurse.kim", jane);
        assertEquals(1, nurses.safetyAlerts().size());
        nurses.acknowledgeAlert(0);
        browser.waiting().until(d -> nurses.safetyAlerts().isEmpty());
    }

    @Test
    void aPhysicianAddsADiagnosisAndAPositiveMedialBranchBlock() {
        PatientChartPage chart = openChartAs("dr.lee", clinic.newPatient("Jane", "Doe"));
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

    private PatientChartPage openChartAs(String username, TestPatient patient) {
        new SignInPage(browser).open().signInAs(username, "demo");
        browser.open("app/patient.xhtml?id=" + patient.id());
        PatientChartPage chart = new PatientChartPage(browser);
        assertEquals(patient.chartName(), chart.name());
        return chart;
    }
}
