package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** The patient chart, or the refusal with the break-glass form. */
public final class PatientChartPage {

    private final Browser browser;

    public PatientChartPage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(d -> browser.isPresent("patientName") || browser.isPresent("messages"));
    }

    public boolean showsChart() {
        return browser.isPresent("patientName");
    }

    public String name() {
        return browser.find("patientName").getText();
    }

    public String mrn() {
        return browser.find("patientMrn").getText();
    }

    public String accessBasis() {
        return browser.find("accessBasis").getText();
    }

    public List<String> careTeam() {
        return browser.rows("careTeamForm:careTeam").stream().map(WebElement::getText).toList();
    }

    public String messages() {
        return browser.find("messages").getText();
    }

    public boolean offersBreakGlass() {
        return browser.isPresent("breakGlassForm:reason");
    }

    public PatientChartPage breakGlass(String reason) {
        browser.type("breakGlassForm:reason", reason);
        browser.click("breakGlassForm:breakGlass");
        browser.find("breakGlassBanner");
        return this;
    }

    public boolean showsEmergencyBanner() {
        return browser.isPresent("breakGlassBanner");
    }
}
