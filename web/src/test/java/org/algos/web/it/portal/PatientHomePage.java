package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The patient's home: questionnaires to fill in, today's diary, unread texts, and the patient's menu. */
public final class PatientHomePage {

    private static final String QUESTIONNAIRES = "questionnairesForm:questionnaires";

    private final Browser browser;

    public PatientHomePage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/me.xhtml");
        browser.find("homeTitle");
    }

    public String title() {
        return browser.find("homeTitle").getText();
    }

    public boolean hasMenuEntry(String id) {
        return browser.isPresent("menuForm:" + id);
    }

    /** Rows of the questionnaires to fill in: name, what it is about, due date. */
    public List<String> questionnaires() {
        return browser.rows(QUESTIONNAIRES).stream().map(WebElement::getText).toList();
    }

    /** Starts the first questionnaire whose row contains {@code name}. */
    public AssessmentPage start(String name) {
        List<String> rows = questionnaires();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(name)) {
                browser.find(QUESTIONNAIRES + ":" + i + ":start").findElement(By.tagName("a")).click();
                browser.waitForUrlContaining("/app/assessment.xhtml");
                return new AssessmentPage(browser);
            }
        }
        throw new AssertionError("No " + name + " to fill in: " + rows);
    }

    public String diaryStatus() {
        return browser.isPresent("diaryToday") ? browser.find("diaryToday").getText()
                : browser.find("diaryMissing").getText();
    }

    /** Titles of the texts not read yet. */
    public List<String> unreadTexts() {
        return browser.waiting().until(d -> d.findElements(By.cssSelector("#unreadList a"))).stream()
                .map(WebElement::getText).toList();
    }

    public ReadingPage openUnread(String title) {
        List<String> titles = unreadTexts();
        int index = titles.indexOf(title);
        if (index < 0) {
            throw new AssertionError("No unread " + title + ": " + titles);
        }
        browser.click("unread:" + index + ":open");
        return new ReadingPage(browser);
    }

    public String messages() {
        return browser.find("messages").getText();
    }

    public DiaryPage goToDiary() {
        browser.click("menuForm:menuDiary");
        return new DiaryPage(browser);
    }

    public ProgressPage goToProgress() {
        browser.click("menuForm:menuProgress");
        return new ProgressPage(browser);
    }

    public PreferencesPage goToPreferences() {
        browser.click("menuForm:menuPreferences");
        return new PreferencesPage(browser);
    }

    public PatientHomePage goHome() {
        browser.click("menuForm:menuHome");
        return new PatientHomePage(browser);
    }

    public SignInPage signOut() {
        browser.click("menuForm:signOut");
        browser.waitForUrlContaining("login.xhtml");
        return new SignInPage(browser);
    }
}
