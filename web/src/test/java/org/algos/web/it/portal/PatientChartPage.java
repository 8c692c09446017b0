package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
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

    /** Rows of a trend table: nrs, odi, ndi, phq9, gad7 or pcs. */
    public List<String> trendRows(String prefix) {
        return browser.rows("trendsForm:" + prefix + "Table").stream().map(WebElement::getText).toList();
    }

    public boolean showsTrendChart(String prefix) {
        return browser.isPresent("trendsForm:" + prefix + "Chart");
    }

    /** The questionnaires the chart offers to record, as their chooser labels. */
    public List<String> questionnaireChoices() {
        return browser.find("recordForm:instrument").findElements(By.cssSelector("select option")).stream()
                .map(o -> o.getAttribute("textContent").strip())
                .filter(label -> label.endsWith(")"))
                .toList();
    }

    /** Chooses a questionnaire by its code, e.g. "ODI", and opens its entry form. */
    public AssessmentPage startQuestionnaire(String code) {
        String suffix = "(" + code + ")";
        // The drop-down opens with an animation: open it, pick the item, and repeat until the label shows it.
        browser.waiting().until(d -> {
            if (browser.find("recordForm:instrument_label").getText().endsWith(suffix)) {
                return true;
            }
            if (!d.findElement(By.id("recordForm:instrument_panel")).isDisplayed()) {
                browser.click("recordForm:instrument");
                return false;
            }
            d.findElements(By.cssSelector("[id='recordForm:instrument_items'] li")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().endsWith(suffix))
                    .findFirst().ifPresent(WebElement::click);
            return false;
        });
        browser.waiting().until(d -> !d.findElement(By.id("recordForm:instrument_panel")).isDisplayed());
        browser.click("recordForm:startAssessment");
        browser.waitForUrlContaining("/app/assessment.xhtml");
        return new AssessmentPage(browser);
    }

    public PainAssessmentPage startPainAssessment() {
        browser.click("recordForm:newPainAssessment");
        browser.waitForUrlContaining("/app/pain.xhtml");
        return new PainAssessmentPage(browser);
    }

    public boolean offersToRecordPain() {
        return browser.isPresent("recordForm:newPainAssessment");
    }

    public boolean offersToAdd(String buttonId) {
        return browser.isPresent(buttonId);
    }
}
