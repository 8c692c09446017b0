package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.algos.web.it.portal.ChartSelfServiceSection;
import org.algos.web.it.portal.EducationTextsPage;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.PatientHomePage;
import org.algos.web.it.portal.ReadingPage;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.it.portal.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * The clinic's own education texts in headless Chromium: the administrator writes one, a nurse
 * approves it from the worklist's reminder, a physician gives it on the chart and the patient
 * reads it; the author cannot approve their own, and patients and auditors do not get the page.
 */
class EducationTextsPortalIT extends InBrowser {

    private static final String BODY = "## Before you come\n\nBring your medication list.\n\n- eat lightly\n"
            + "- **arrange a driver**\n\n<img src=x onerror=alert(1)>";

    @Test
    void theAdministratorWritesANurseApprovesAPhysicianGivesAndThePatientReads() {
        String code = "before-procedure-" + Clinic.unique().toLowerCase(Locale.ROOT);
        String title = "Before your procedure " + code.substring(17);
        TestPatient jane = clinic.newPatient("Jane", "Reader");
        Clinic.PatientAccount account = clinic.patientAccount(jane);

        WorklistPage adminHome = new SignInPage(browser).open().signInAs("admin", "demo");
        browser.click("openEducationTexts");
        EducationTextsPage texts = new EducationTextsPage(browser)
                .write(code, title, "What to bring and arrange on the day.", 2, BODY);
        assertTrue(texts.row(code).contains("draft"), texts.row(code));
        assertFalse(texts.mayApprove(code), "an administrator writes but does not approve");
        String preview = texts.preview(code, title);
        assertTrue(preview.contains("<h3>Before you come</h3>") && preview.contains("<strong>arrange a driver</strong>"),
                preview);
        assertTrue(preview.contains("&lt;img src=x onerror=alert(1)&gt;"), "markup typed in the text is shown as text");
        screenshot("written");
        assertNoScriptErrorsOrStackTraces();
        adminHome.signOut();

        new SignInPage(browser).open().signInAs("nurse.kim", "demo");
        assertTrue(Integer.parseInt(browser.textOf("draftsWaiting")) >= 1, "the worklist says a text waits");
        browser.click("openEducationDrafts");
        new EducationTextsPage(browser).approve(code);
        assertTrue(new EducationTextsPage(browser).row(code).contains("nurse.kim"));
        screenshot("approved");
        browser.open("app/worklist.xhtml");
        new WorklistPage(browser).signOut();

        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        browser.open("app/patient.xhtml?id=" + jane.id());
        PatientChartPage chart = new PatientChartPage(browser);
        new ChartSelfServiceSection(browser).giveText(title, "Please read before Monday");
        chart.signOut();

        PatientHomePage home = new SignInPage(browser).open().signInAsPatient(account.username(), account.password());
        ReadingPage reading = home.openUnread(title);
        assertEquals(title, reading.title());
        assertTrue(reading.body().contains("Bring your medication list."), reading.body());
        assertEquals("A note from your team: Please read before Monday", reading.teamNote());
        assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void theAuthorDoesNotApproveTheirOwnAndOthersKeepOut() {
        String code = "own-text-" + Clinic.unique().toLowerCase(Locale.ROOT);
        WorklistPage lee = new SignInPage(browser).open().signInAs("dr.lee", "demo");
        EducationTextsPage texts = EducationTextsPage.open(browser)
                .write(code, "Own text " + code, "Written by dr.lee.", 1, "Short.");
        assertFalse(texts.mayApprove(code), "the author needs a second clinician");
        String refused = texts.writeExpectingRefusal("Bad Code", "");
        assertTrue(refused.contains("Code") && refused.contains("Title"), refused);
        assertFalse(browser.isPresent("adminEducationTexts"), "no administration menu for a physician");
        assertNoScriptErrorsOrStackTraces();
        lee.signOut();

        Clinic.PatientAccount patient = clinic.patientAccount(clinic.newPatient("Pat", "Outside"));
        assertEquals(403, PortalSession.signIn(clinic.base(), patient.username(), patient.password())
                .status("app/education-texts.xhtml"));
        assertEquals(403, PortalSession.signIn(clinic.base(), "auditor", "demo").status("app/education-texts.xhtml"));
    }
}
