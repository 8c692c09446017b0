package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The education texts page: the clinic's own texts written, previewed, approved and withdrawn. */
public final class EducationTextsPage {

    private static final String TABLE = "clinicTextsForm:clinicTexts";

    private final Browser browser;

    public EducationTextsPage(Browser browser) {
        this.browser = browser;
        browser.find("textsHeading");
    }

    public static EducationTextsPage open(Browser browser) {
        browser.open("app/education-texts.xhtml");
        return new EducationTextsPage(browser);
    }

    /** Writes a new draft and waits until the table lists it. */
    public EducationTextsPage write(String code, String title, String summary, int minutes, String markdown) {
        browser.type("editorForm:code", code);
        browser.type("editorForm:title", title);
        browser.type("editorForm:minutes_input", String.valueOf(minutes));
        browser.type("editorForm:summary", summary);
        browser.type("editorForm:markdown", markdown);
        browser.click("editorForm:save");
        browser.waitForText("messages", "written as a draft");
        browser.waiting().until(d -> rowOf(code) >= 0);
        return this;
    }

    /** Submits the form as it is and returns the messages shown. */
    public String writeExpectingRefusal(String code, String title) {
        browser.type("editorForm:code", code);
        browser.type("editorForm:title", title);
        browser.click("editorForm:save");
        browser.waitForText("messages", "is required");
        return browser.textOf("messages");
    }

    public List<String> rows() {
        return browser.rows(TABLE).stream().map(WebElement::getText).toList();
    }

    /** The row (from 0) showing this code, or -1. */
    public int rowOf(String code) {
        List<String> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(code)) {
                return i;
            }
        }
        return -1;
    }

    public String row(String code) {
        return rows().get(rowOf(code));
    }

    public boolean mayApprove(String code) {
        return browser.isPresent(TABLE + ":" + rowOf(code) + ":approve");
    }

    public EducationTextsPage approve(String code) {
        browser.click(TABLE + ":" + rowOf(code) + ":approve");
        browser.waitForText("messages", "Approved");
        browser.waiting().until(d -> row(code).contains("approved"));
        return this;
    }

    public EducationTextsPage withdraw(String code) {
        browser.click(TABLE + ":" + rowOf(code) + ":withdraw");
        browser.waitForText("messages", "Withdrawn");
        return this;
    }

    /** Opens the preview of one of the clinic's texts; returns its body's HTML as the patient will see it. */
    public String preview(String code, String title) {
        WebElement shown = browser.isPresent("previewBody") ? browser.find("previewBody") : null;
        browser.click(TABLE + ":" + rowOf(code) + ":preview");
        if (shown != null) {
            browser.waiting().until(ExpectedConditions.stalenessOf(shown));
        }
        browser.waitForText("previewTitle", title);
        return browser.find("previewBody").getAttribute("innerHTML");
    }
}
