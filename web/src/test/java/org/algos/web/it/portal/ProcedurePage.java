package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** One procedure: status, safety checklist, note and follow-ups. */
public final class ProcedurePage {

    private static final String CHECKLIST = "checklistForm:checklist";

    private final Browser browser;

    public ProcedurePage(Browser browser) {
        this.browser = browser;
        browser.find("procedureTitle");
    }

    public String title() {
        return browser.find("procedureTitle").getText();
    }

    public String patient() {
        return browser.find("procedurePatient").getText();
    }

    public String status() {
        return browser.find("procedureStatus").getText();
    }

    public String relief() {
        return browser.find("procedureRelief").getText();
    }

    public String messages() {
        return browser.find("messages").getText();
    }

    public ProcedurePage checkIn() {
        browser.click("statusForm:checkIn");
        browser.waitForText("procedureStatus", "checked-in");
        return this;
    }

    /** Cancels after confirming in the dialog. */
    public ProcedurePage cancel() {
        browser.click("statusForm:cancelProcedure");
        browser.click("statusForm:confirmYes");
        browser.waitForText("procedureStatus", "cancelled");
        return this;
    }

    public boolean offersCheckIn() {
        return browser.isPresent("statusForm:checkIn");
    }

    public boolean offersToComplete() {
        return browser.isPresent("noteForm:complete");
    }

    /** The labels of the checklist items, in order. */
    public List<String> checklistItems() {
        return browser.rows(CHECKLIST).stream()
                .map(r -> r.findElement(By.cssSelector("td")).getText()).toList();
    }

    /** "N of 8 items open." or "All items are answered." */
    public String checklistOpen() {
        return browser.find("checklistOpen").getText();
    }

    /** Answers one item ("Done" or "Not applicable") with the mouse and waits until the open count shows it. */
    public ProcedurePage answer(int row, String answer) {
        String before = checklistOpen();
        button(answerId(row), answer).click();
        browser.waiting().until(d -> !checklistOpen().equals(before));
        return this;
    }

    /** Answers one item from the keyboard: focus the answer and press Enter. */
    public ProcedurePage answerWithKeyboard(int row, String answer) {
        String before = checklistOpen();
        button(answerId(row), answer).sendKeys(Keys.ENTER);
        browser.waiting().until(d -> !checklistOpen().equals(before));
        return this;
    }

    /** Whether the saved answer of a row shows as chosen. */
    public boolean isAnswered(int row, String answer) {
        return button(answerId(row), answer).getAttribute("class").contains("ui-state-active");
    }

    /** Whether the keyboard focus is on one of the row's answers. */
    public boolean focusIsOnAnswer(int row) {
        WebElement focused = browser.waiting().until(d -> d.switchTo().activeElement());
        return answerId(row).equals(focused.findElement(By.xpath("..")).getAttribute("id"));
    }

    private static String answerId(int row) {
        return CHECKLIST + ":" + row + ":answer";
    }

    private WebElement button(String answerId, String label) {
        return browser.find(answerId).findElements(By.cssSelector(":scope > div")).stream()
                .filter(b -> b.getText().strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("No '" + label + "' for " + answerId));
    }

    /** The answers a checklist row offers. */
    public List<String> answersOffered(int row) {
        return browser.find(answerId(row)).findElements(By.cssSelector(":scope > div")).stream()
                .map(b -> b.getText().strip()).toList();
    }

    /** Fills the procedure note. */
    public ProcedurePage note(String approach, String guidance, int fluoroscopySeconds, String needle,
                              String medications, String complications, String disposition, int painBefore,
                              int painAfter) {
        browser.type("noteForm:approach", approach);
        browser.choose("noteForm:guidance", guidance);
        browser.type("noteForm:fluoroscopySeconds_input", String.valueOf(fluoroscopySeconds));
        browser.type("noteForm:needle", needle);
        browser.type("noteForm:medications", medications);
        browser.type("noteForm:complications", complications);
        browser.type("noteForm:disposition", disposition);
        browser.type("noteForm:painBefore_input", String.valueOf(painBefore));
        browser.type("noteForm:painAfter_input", String.valueOf(painAfter));
        return this;
    }

    /** Presses Complete and waits for the answer in the message line. */
    public ProcedurePage complete(String expectedMessage) {
        browser.click("noteForm:complete");
        browser.waitForText("messages", expectedMessage);
        return this;
    }

    public ProcedurePage addFollowUp(String isoDate, int painNow, int reliefPercent, String functionNote) {
        browser.typeDate("followUpsForm:followUpDate", isoDate);
        browser.type("followUpsForm:painNow_input", String.valueOf(painNow));
        browser.type("followUpsForm:reliefPercent_input", String.valueOf(reliefPercent));
        browser.type("followUpsForm:functionNote", functionNote);
        int before = followUps().size();
        browser.click("followUpsForm:addFollowUp");
        browser.waiting().until(d -> followUps().size() > before);
        return this;
    }

    public List<String> followUps() {
        return browser.rows("followUpsForm:followUps").stream().map(WebElement::getText).toList();
    }

    public PatientChartPage backToChart() {
        browser.click("backToChart");
        return new PatientChartPage(browser);
    }
}
