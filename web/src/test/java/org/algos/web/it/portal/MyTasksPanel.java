package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** "My tasks" on the worklist: the signed-in clinician's open team tasks. */
public final class MyTasksPanel {

    private static final String TABLE = "myTasksForm:myTasks";

    private final Browser browser;

    public MyTasksPanel(Browser browser) {
        this.browser = browser;
        browser.find(TABLE);
    }

    /** Rows: task, patient, due, from, care plan link. */
    public List<String> tasks() {
        return browser.rows(TABLE).stream().map(WebElement::getText).toList();
    }

    private int indexOf(String title, String patient) {
        List<String> rows = tasks();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(title) && rows.get(i).contains(patient)) {
                return i;
            }
        }
        throw new AssertionError("No task " + title + " for " + patient + " in " + rows);
    }

    /** Marks the task done and waits until the list no longer shows it. */
    public MyTasksPanel markDone(String title, String patient) {
        browser.click(TABLE + ":" + indexOf(title, patient) + ":markDone");
        browser.waitForText("messages", "Done: " + title);
        browser.waiting().until(d -> tasks().stream().noneMatch(r -> r.contains(title) && r.contains(patient)));
        return this;
    }

    public CarePlanPage openPlan(String title, String patient) {
        browser.click(TABLE + ":" + indexOf(title, patient) + ":taskPlan");
        browser.waitForUrlContaining("/app/careplan.xhtml");
        return new CarePlanPage(browser);
    }

    public ConferencePage openConferences() {
        browser.click("openConferences");
        browser.waitForUrlContaining("/app/conference.xhtml");
        return new ConferencePage(browser);
    }
}
