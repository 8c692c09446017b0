package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The integrated-care parts of the patient chart: the summary, the care plans and the medications. */
public final class CareChartPage {

    private static final String MEDICATIONS = "medicationsForm:medications";

    private final Browser browser;

    public CareChartPage(Browser browser) {
        this.browser = browser;
        browser.find("chartSummary");
    }

    /** The text of a summary tile (pain, function, mood, catastrophizing, mme, goals). */
    public String summaryTile(String key) {
        return browser.find("summary-" + key).getText();
    }

    /** The text of one summary line (nrs, bpi, diary, odi, ndi, phq9, gad7, pcs, mme, goal-ID), or "" without one. */
    public String summaryLine(String key) {
        return browser.isPresent("summary-" + key) ? browser.find("summary-" + key).getText() : "";
    }

    public boolean offersNewCarePlan() {
        browser.openChartSection("care-plans");
        return browser.isPresent("carePlansForm:newCarePlan");
    }

    public CarePlanPage newCarePlan() {
        browser.openChartSection("care-plans");
        browser.click("carePlansForm:newCarePlan");
        browser.waitForUrlContaining("/app/careplan.xhtml");
        return new CarePlanPage(browser);
    }

    /** Rows of the care plans table: title, status, problems, owner, updated. */
    public List<String> carePlans() {
        browser.openChartSection("care-plans");
        return browser.rows("carePlansForm:carePlans").stream().map(WebElement::getText).toList();
    }

    public CarePlanPage openCarePlan(int row) {
        browser.openChartSection("care-plans");
        browser.click("carePlansForm:carePlans:" + row + ":openCarePlan");
        browser.waitForUrlContaining("plan=");
        return new CarePlanPage(browser);
    }

    public String mmeTotal() {
        browser.openChartSection("medications");
        return browser.find("medicationsForm:mmeTotal").getText();
    }

    public String mmeLevel() {
        browser.openChartSection("medications");
        return browser.find("medicationsForm:mmeLevel").getText();
    }

    public String mmePanel() {
        browser.openChartSection("medications");
        return browser.find("medicationsForm:mmePanel").getText();
    }

    public boolean showsBenzodiazepineFlag() {
        browser.openChartSection("medications");
        return browser.isPresent("medicationsForm:benzodiazepineFlag");
    }

    /** Rows of the medication list: drug, dose, route, indication, started, last day, status, factor, MME, note. */
    public List<String> medications() {
        browser.openChartSection("medications");
        return browser.rows(MEDICATIONS).stream().map(WebElement::getText).toList();
    }

    /** Rows of the holds table: drug, high, intermediate, low. */
    public List<String> holds() {
        browser.openChartSection("medications");
        return browser.rows("medicationsForm:holds").stream().map(WebElement::getText).toList();
    }

    public boolean offersToAddMedications() {
        browser.openChartSection("medications");
        return browser.isPresent("medicationsForm:addMedication");
    }

    /** Adds a medication; {@code doseMg}, {@code dosesPerDay} or {@code mcgPerHour} may be null. */
    public CareChartPage addMedication(String drug, String doseMg, String dosesPerDay, String mcgPerHour,
                                       String indication, String startedOn) {
        browser.openChartSection("medications");
        browser.type("medicationsForm:newDrug_input", drug);
        browser.find("medicationsForm:newDrug_input").sendKeys(Keys.ESCAPE);
        if (doseMg != null) {
            browser.type("medicationsForm:newDose_input", doseMg);
        }
        if (dosesPerDay != null) {
            browser.type("medicationsForm:newDosesPerDay_input", dosesPerDay);
        }
        if (mcgPerHour != null) {
            browser.type("medicationsForm:newMcgPerHour_input", mcgPerHour);
        }
        if (indication != null) {
            browser.type("medicationsForm:newIndication", indication);
        }
        replaceDate("medicationsForm:newStartedOn", startedOn);
        int before = medications().size();
        browser.click("medicationsForm:addMedication");
        browser.waiting().until(d -> medications().size() > before);
        return this;
    }

    /** Stops the current medication whose label starts with {@code drug}, with its last day taken. */
    public CareChartPage stopMedication(String drug, String lastDayTaken) {
        browser.openChartSection("medications");
        browser.chooseContaining("medicationsForm:stopMedication", drug);
        replaceDate("medicationsForm:stopOn", lastDayTaken);
        browser.click("medicationsForm:stopMedicationButton");
        browser.waitForText("messages", drug + " stopped");
        return this;
    }

    /** Replaces the date a p:datePicker shows (it starts with today) and leaves the field. */
    private void replaceDate(String datePickerId, String isoDate) {
        WebElement field = browser.find(datePickerId + "_input");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), isoDate, Keys.TAB);
    }

    public boolean showsOpioidSafety() {
        browser.openChartSection("medications");
        return browser.isPresent("medicationsForm:opioidSafety");
    }

    /** Rows of the opioid safety items: item, last recorded, state, what to do. */
    public List<String> safetyItems() {
        browser.openChartSection("medications");
        return browser.rows("medicationsForm:safetyItems").stream().map(WebElement::getText).toList();
    }

    /** Records when naloxone was offered and the PDMP checked, and saves the opioid safety items. */
    public CareChartPage recordOpioidSafety(String naloxoneOfferedOn, String pdmpCheckedOn) {
        browser.openChartSection("medications");
        browser.typeDate("medicationsForm:naloxoneOfferedOn", naloxoneOfferedOn);
        browser.typeDate("medicationsForm:pdmpCheckedOn", pdmpCheckedOn);
        browser.click("medicationsForm:saveSafety");
        browser.waitForText("messages", "Opioid safety items saved");
        return this;
    }

    public String messages() {
        return browser.find("messages").getText();
    }
}
