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
        browser.openChartSection("trends");
        return browser.rows("trendsForm:" + prefix + "Table").stream().map(WebElement::getText).toList();
    }

    public boolean showsTrendChart(String prefix) {
        browser.openChartSection("trends");
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
        browser.choose("recordForm:instrument", "(" + code + ")");
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

    /** Whether a section's add button is there, e.g. "diagnosesForm:addDiagnosis" (opening the section first). */
    public boolean offersToAdd(String buttonId) {
        browser.openChartSection(buttonId.substring(0, buttonId.indexOf("Form:")));
        return browser.isPresent(buttonId);
    }

    public List<String> safetyAlerts() {
        return browser.isPresent("alertsForm:alerts")
                ? browser.rows("alertsForm:alerts").stream().map(WebElement::getText).toList()
                : List.of();
    }

    public PatientChartPage acknowledgeAlert(int row) {
        browser.click("alertsForm:alerts:" + row + ":acknowledge");
        browser.waitForText("messages", "Safety alert acknowledged");
        return this;
    }

    /** Types words into the diagnosis pick-list and takes the suggestion that contains {@code code}. */
    public PatientChartPage addDiagnosis(String words, String code, boolean primary, String onset) {
        browser.openChartSection("diagnoses");
        browser.type("diagnosesForm:diagnosisCode_input", words);
        WebElement suggestion = browser.waiting().until(d -> d.findElements(
                        By.cssSelector("[id='diagnosesForm:diagnosisCode_panel'] li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains(" " + code + " "))
                .findFirst().orElse(null));
        suggestion.click();
        if (primary) {
            browser.click("diagnosesForm:diagnosisPrimary");
        }
        browser.typeDate("diagnosesForm:diagnosisOnset", onset);
        int before = diagnoses().size();
        browser.click("diagnosesForm:addDiagnosis");
        browser.waiting().until(d -> diagnoses().size() > before);
        return this;
    }

    /** Chooses a status in the menu of the diagnosis row at {@code index} and waits for the confirmation. */
    public PatientChartPage changeDiagnosisStatus(int index, String status) {
        browser.openChartSection("diagnoses");
        browser.choose("diagnosesForm:diagnoses:" + index + ":status", status);
        browser.waitForText("messages", "is now " + status);
        return this;
    }

    public List<String> diagnoses() {
        browser.openChartSection("diagnoses");
        return browser.rows("diagnosesForm:diagnoses").stream().map(WebElement::getText).toList();
    }

    /** Records a block; {@code type} and {@code side} are labels of the drop-downs. */
    public PatientChartPage recordBlock(String type, String side, String levels, String agent, int painBefore,
                                        int painAfter, String performedOn) {
        browser.openChartSection("blocks");
        browser.choose("blocksForm:blockType", type);
        browser.choose("blocksForm:blockSide", side);
        browser.type("blocksForm:blockLevels", levels);
        browser.type("blocksForm:blockAgent", agent);
        browser.type("blocksForm:painBefore_input", String.valueOf(painBefore));
        browser.type("blocksForm:painAfter_input", String.valueOf(painAfter));
        browser.typeDate("blocksForm:performedOn", performedOn);
        int before = blocks().size();
        browser.click("blocksForm:addBlock");
        browser.waiting().until(d -> blocks().size() > before);
        return this;
    }

    public List<String> blocks() {
        browser.openChartSection("blocks");
        return browser.rows("blocksForm:blocks").stream().map(WebElement::getText).toList();
    }

    /** The rule behind a block's result, as its tooltip gives it. */
    public String blockRule(int row) {
        browser.openChartSection("blocks");
        return browser.find("blocksForm:blocks:" + row + ":result").getAttribute("title");
    }

    public SchedulePage scheduleProcedure() {
        browser.openChartSection("procedures");
        browser.click("proceduresForm:scheduleProcedure");
        browser.waitForUrlContaining("/app/schedule.xhtml");
        return new SchedulePage(browser);
    }

    public boolean offersToSchedule() {
        browser.openChartSection("procedures");
        return browser.isPresent("proceduresForm:scheduleProcedure");
    }

    /** Rows of the procedures table: date, procedure, side and levels, status, relief, override reason, follow-ups. */
    public List<String> procedures() {
        browser.openChartSection("procedures");
        return browser.rows("proceduresForm:procedures").stream().map(WebElement::getText).toList();
    }

    public String procedureOverrideReason(int row) {
        browser.openChartSection("procedures");
        return browser.find("proceduresForm:procedures:" + row + ":overrideReason").getText();
    }

    public ProcedurePage openProcedure(int row) {
        browser.openChartSection("procedures");
        browser.click("proceduresForm:procedures:" + row + ":openProcedure");
        browser.waitForUrlContaining("/app/procedure.xhtml");
        return new ProcedurePage(browser);
    }

    public boolean showsReliefChart() {
        browser.openChartSection("procedures");
        return browser.isPresent("proceduresForm:reliefChart");
    }

    public WorklistPage goToWorklist() {
        browser.click("menuForm:menuWorklist");
        return new WorklistPage(browser);
    }

    public SignInPage signOut() {
        browser.click("menuForm:signOut");
        browser.waitForUrlContaining("login.xhtml");
        return new SignInPage(browser);
    }
}
