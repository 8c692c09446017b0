package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A questionnaire's entry form, with the score shown beside it as items are answered. */
public final class AssessmentPage {

    private final Browser browser;

    public AssessmentPage(Browser browser) {
        this.browser = browser;
        browser.find("assessmentForm:save");
    }

    public String title() {
        return browser.find("instrumentTitle").getText();
    }

    /**
     * Answers one item (0-based, in published order) by pressing the button at {@code position}
     * of its answer row, and waits until the server has rescored.
     */
    public AssessmentPage answer(int item, int position) {
        String before = answeredCount();
        List<WebElement> buttons = browser.find("assessmentForm:items:" + item + ":answer")
                .findElements(By.cssSelector(":scope > div"));
        boolean wasAnswered = buttons.stream().anyMatch(b -> b.getAttribute("class").contains("ui-state-active"));
        buttons.get(position).click();
        if (!wasAnswered) {
            browser.waiting().until(d -> !answeredCount().equals(before));
        }
        return this;
    }

    /** Answers the first {@code positions.size()} items in order. */
    public AssessmentPage answerAll(List<Integer> positions) {
        for (int i = 0; i < positions.size(); i++) {
            answer(i, positions.get(i));
        }
        return this;
    }

    /** "N of M answered". */
    public String answeredCount() {
        return browser.find("answeredCount").getText();
    }

    public String total() {
        return browser.find("assessmentForm:scoreTotal").getText();
    }

    public String percent() {
        return browser.find("assessmentForm:scorePercent").getText();
    }

    public String band() {
        return browser.find("assessmentForm:scoreBand").getText();
    }

    public boolean showsIncomplete() {
        return browser.isPresent("scoreIncomplete");
    }

    public String incompleteMessage() {
        return browser.find("scoreIncomplete").getText();
    }

    public PatientChartPage save() {
        browser.click("assessmentForm:save");
        browser.waitForUrlContaining("/app/patient.xhtml");
        return new PatientChartPage(browser);
    }

    /** A patient saves: back to their home, where the request is gone. */
    public PatientHomePage saveAsPatient() {
        browser.click("assessmentForm:save");
        return new PatientHomePage(browser);
    }

    /** What the patient reads when an answer raised a safety alert (instead of the clinical alert). */
    public String supportMessage() {
        return browser.isPresent("assessmentForm:scoreSupport") ? browser.find("assessmentForm:scoreSupport").getText() : "";
    }

    /** The safety alerts shown with the live score. */
    public String alerts() {
        return browser.isPresent("assessmentForm:scoreAlerts") ? browser.find("assessmentForm:scoreAlerts").getText() : "";
    }
}
