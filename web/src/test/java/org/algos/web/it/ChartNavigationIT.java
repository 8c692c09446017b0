package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The chart's section menu: counts of what each section holds before it is read, sections read
 * when opened (by the menu, a deep link or their own button), and the keyboard.
 */
class ChartNavigationIT extends InBrowser {

    @Test
    void theMenuCountsWhatEachSectionHoldsAndLeadsThereByKeyboardAndByDeepLink() {
        TestPatient jane = clinic.newPatient("Jane", "Navigated");
        ApiClient drLee = clinic.as("dr.lee");
        assertEquals(201, drLee.post(jane.path() + "/procedures", "{\"procedure\":\"TRIGGER_POINT\",\"date\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(3) + "\"}").status());
        assertEquals(201, drLee.post(jane.path() + "/medications", "{\"drug\":\"oxycodone\",\"doseMg\":10,"
                + "\"dosesPerDay\":3,\"startedOn\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(10) + "\"}").status());
        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        browser.open("app/patient.xhtml?id=" + jane.id());
        new PatientChartPage(browser);

        assertEquals("Procedures 1", browser.textOf("menuProcedures"));
        String medications = browser.textOf("menuMedications");
        assertTrue(medications.startsWith("Medications 1 · ") && medications.endsWith(" MME"), medications);
        assertTrue(browser.isPresent("chartSummary"), "the chart opens on the summary");
        assertFalse(browser.isPresent("proceduresForm:procedures"), "the procedures are read when opened");
        assertTrue(browser.textOf("procedures").startsWith("Procedures 1"), "their heading says what they hold");

        browser.find("menuProcedures").sendKeys(""); // focus it as Tab would
        browser.press(Keys.ENTER);
        browser.waitForUrlContaining("#procedures");
        browser.waiting().until(d -> browser.isPresent("proceduresForm:procedures"));
        assertTrue(browser.textOf("proceduresForm:procedures").contains("Trigger point"), "the link opens the section");
        browser.waiting().until(d -> browser.isScrolledIntoView("procedures"));
        assertTrue(browser.focusedElementId().isEmpty() && browser.focusedTag().equals("h2"),
                "the keyboard focus moves to the opened section's heading: " + browser.focusedTag());

        browser.find("blocksOpener:open").sendKeys(""); // the section's own button, by keyboard
        browser.press(Keys.ENTER);
        browser.waiting().until(d -> browser.isPresent("blocksForm:blocks"));

        browser.open("app/patient.xhtml?id=" + jane.id() + "#medications");
        new PatientChartPage(browser);
        browser.waiting().until(d -> browser.isPresent("medicationsForm:medications"));
        browser.waiting().until(d -> browser.isScrolledIntoView("medications"));
        assertTrue(browser.textOf("medicationsForm:medications").contains("oxycodone"), "the deep link opens it");
        assertTrue(browser.isPresent("quickSchedule"), "scheduling is reachable from the header");
        browser.assertNoScriptErrorsOrStackTraces();
    }
}
