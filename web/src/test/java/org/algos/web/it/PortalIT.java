package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.algos.web.it.portal.Browser;
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
}
