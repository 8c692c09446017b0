package org.algos.web.it.portal;

import org.openqa.selenium.By;

/** The patient's e-mail address and consent to reminders by e-mail. */
public final class RemindersPage {

    private final Browser browser;

    public RemindersPage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/me/reminders.xhtml");
        browser.find("remindersForm:save");
    }

    public RemindersPage email(String address) {
        browser.type("remindersForm:email", address);
        return this;
    }

    public boolean remindersTicked() {
        // PrimeFaces hides the real input behind the box it draws
        return browser.waiting().until(d -> d.findElement(By.id("remindersForm:emailReminders_input"))).isSelected();
    }

    /** Ticks or clears the consent box, by its visible box as a patient would. */
    public RemindersPage reminders(boolean wanted) {
        if (remindersTicked() != wanted) {
            browser.waiting().until(d -> {
                d.findElement(By.cssSelector("[id='remindersForm:emailReminders'] .ui-chkbox-box")).click();
                return remindersTicked() == wanted;
            });
        }
        return this;
    }

    /** Saves and waits for the page's message containing {@code expected}. */
    public RemindersPage save(String expected) {
        browser.click("remindersForm:save");
        browser.waitForText("messages", expected);
        return this;
    }

    public String email() {
        return browser.find("remindersForm:email").getAttribute("value");
    }
}
