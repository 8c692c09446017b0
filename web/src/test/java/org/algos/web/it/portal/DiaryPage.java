package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The patient's diary: today's entry and the paged list of days. */
public final class DiaryPage {

    private final Browser browser;

    public DiaryPage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/me/diary.xhtml");
        browser.find("diaryForm:save");
    }

    public String today() {
        return browser.find("diaryDay").getText();
    }

    /** Writes today's entry and waits for the confirmation. */
    public DiaryPage write(int pain, String sleepHours, String activityMinutes, String medication, String note) {
        List<WebElement> buttons = browser.find("diaryForm:pain").findElements(By.cssSelector(":scope > div"));
        buttons.get(pain).click();
        browser.type("diaryForm:sleepHours_input", sleepHours);
        browser.type("diaryForm:activityMinutes_input", activityMinutes);
        browser.type("diaryForm:medicationTaken", medication);
        browser.type("diaryForm:note", note);
        browser.click("diaryForm:save");
        browser.waiting().until(d -> messages().contains("Today's entry is"));
        return this;
    }

    public String messages() {
        return browser.isPresent("messages") ? browser.find("messages").getText() : "";
    }

    /** Rows of the days: date, pain, sleep, activity, medicines, note. */
    public List<String> days() {
        return browser.rows("daysForm:days").stream().map(WebElement::getText).toList();
    }
}
