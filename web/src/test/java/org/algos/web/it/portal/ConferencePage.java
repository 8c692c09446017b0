package org.algos.web.it.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Case conferences: choose the patient, record a conference, read the ones held. */
public final class ConferencePage {

    private final Browser browser;

    public ConferencePage(Browser browser) {
        this.browser = browser;
        browser.find("conferenceHeading");
    }

    /** Types into the patient field and takes the suggestion that contains {@code name}. */
    public ConferencePage choosePatient(String typed, String name) {
        browser.type("patientForm:patientChoice_input", typed);
        WebElement suggestion = browser.waiting().until(d -> d.findElements(
                        By.cssSelector("[id='patientForm:patientChoice_panel'] li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains(name))
                .findFirst().orElse(null));
        suggestion.click();
        browser.click("patientForm:choosePatient");
        browser.waitForUrlContaining("patient=");
        browser.find("conferencePatient");
        return this;
    }

    public String patient() {
        return browser.find("conferencePatient").getText();
    }

    public String activePlanNote() {
        return browser.find("activePlanNote").getText();
    }

    /** Ticks an attendee by the start of their label (display name). */
    public ConferencePage tickAttendee(String name) {
        WebElement label = browser.waiting().until(d -> d.findElement(By.id("conferenceForm:attendees"))
                .findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().startsWith(name)).findFirst().orElse(null));
        label.click();
        return this;
    }

    /** Types the input of a discipline: Physician, Nurse, Physiotherapist or Psychologist. */
    public ConferencePage input(String discipline, String text) {
        browser.type("conferenceForm:input" + discipline, text);
        return this;
    }

    public ConferencePage decisions(String text) {
        browser.type("conferenceForm:decisions", text);
        return this;
    }

    /** Adds a task row and fills it; {@code assignee} is the start of the member's label. */
    public ConferencePage task(String title, String assignee, String dueDate) {
        int row = browser.rows("conferenceForm:conferenceTasks").size();
        browser.click("conferenceForm:addConferenceTask");
        String prefix = "conferenceForm:conferenceTasks:" + row + ":";
        browser.find(prefix + "conferenceTaskTitle");
        browser.type(prefix + "conferenceTaskTitle", title);
        browser.chooseContaining(prefix + "conferenceTaskAssignee", assignee);
        browser.typeDate(prefix + "conferenceTaskDue", dueDate);
        return this;
    }

    /** Records the conference and waits for the message that contains {@code expected}. */
    public ConferencePage record(String expected) {
        browser.click("conferenceForm:recordConference");
        browser.waitForText("messages", expected);
        return this;
    }

    /** The conferences held, as the page lists them. */
    public String conferences() {
        return browser.find("conferencesList").getText();
    }

    public String messages() {
        return browser.find("messages").getText();
    }
}
