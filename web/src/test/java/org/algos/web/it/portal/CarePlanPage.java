package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The care-plan editor: a new plan, or one plan with its goals, modalities and team tasks. */
public final class CarePlanPage {

    private final Browser browser;

    public CarePlanPage(Browser browser) {
        this.browser = browser;
        browser.find("carePlanHeading");
    }

    public boolean offersPlanForm() {
        return browser.isPresent("planForm:title");
    }

    /**
     * Fills the new-plan form and creates the plan: {@code status} draft or active, each of
     * {@code diagnoses} ticks the diagnosis whose label contains it, {@code otherProblems} one per line.
     */
    public CarePlanPage create(String title, String status, List<String> diagnoses, String otherProblems) {
        browser.type("planForm:title", title);
        browser.choose("planForm:status", status);
        for (String diagnosis : diagnoses) {
            tick("planForm:problems", diagnosis);
        }
        browser.type("planForm:otherProblems", otherProblems);
        browser.click("planForm:savePlan");
        browser.waitForUrlContaining("plan=");
        browser.find("planTitle");
        return this;
    }

    private void tick(String checkboxesId, String labelContains) {
        WebElement label = browser.waiting().until(d -> d.findElement(By.id(checkboxesId))
                .findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().contains(labelContains)).findFirst().orElse(null));
        label.click();
    }

    public String title() {
        return browser.find("planTitle").getText();
    }

    public String status() {
        return browser.find("planStatus").getText();
    }

    public String problems() {
        return browser.find("planProblems").getText();
    }

    /** Types a new title into the plan form without saving. */
    public CarePlanPage typeTitle(String title) {
        browser.type("planForm:title", title);
        return this;
    }

    public String titleField() {
        return browser.find("planForm:title").getAttribute("value");
    }

    /** Saves the plan form and waits for the message that contains {@code expected}. */
    public CarePlanPage save(String expected) {
        browser.click("planForm:savePlan");
        browser.waitForText("messages", expected);
        return this;
    }

    public CarePlanPage reload() {
        browser.click("planForm:reloadPlan");
        browser.waitForText("messages", "Reloaded");
        return this;
    }

    public String messages() {
        return browser.find("messages").getText();
    }

    public CarePlanPage addGoal(String description, String measure, String target, String targetDate) {
        browser.type("goalsForm:newGoalDescription", description);
        browser.type("goalsForm:newGoalMeasure", measure);
        browser.type("goalsForm:newGoalTarget", target);
        browser.typeDate("goalsForm:newGoalDate", targetDate);
        int before = goals().size();
        browser.click("goalsForm:addGoal");
        browser.waiting().until(d -> goals().size() > before);
        return this;
    }

    /** Rows of the goals table: goal with progress notes, measure, target, status. */
    public List<String> goals() {
        return browser.rows("goalsForm:goals").stream().map(WebElement::getText).toList();
    }

    public boolean offersGoalReview() {
        return browser.isPresent("goalsForm:goals:0:updateGoal");
    }

    /** Moves a goal to a status and writes a progress note. */
    public CarePlanPage reviewGoal(int row, String status, String note) {
        browser.choose("goalsForm:goals:" + row + ":goalNewStatus", status);
        browser.type("goalsForm:goals:" + row + ":goalNote", note);
        browser.click("goalsForm:goals:" + row + ":updateGoal");
        browser.waitForText("messages", "Goal updated");
        return this;
    }

    /** Adds a modality; {@code responsible} is the start of the team member's label (their display name). */
    public CarePlanPage addModality(String discipline, String details, String frequency, String responsible) {
        browser.choose("modalitiesForm:newDiscipline", discipline);
        browser.type("modalitiesForm:newDetails", details);
        browser.type("modalitiesForm:newFrequency", frequency);
        browser.chooseContaining("modalitiesForm:newResponsible", responsible);
        int before = modalities().size();
        browser.click("modalitiesForm:addModality");
        browser.waiting().until(d -> modalities().size() > before);
        return this;
    }

    /** Rows of the modalities table: discipline, details, frequency, responsible, status. */
    public List<String> modalities() {
        return browser.rows("modalitiesForm:modalities").stream().map(WebElement::getText).toList();
    }

    /** The disciplines the new-modality form offers. */
    public List<String> disciplineChoices() {
        if (!browser.isPresent("modalitiesForm:newDiscipline")) {
            return List.of();
        }
        return browser.waiting().until(d -> d.findElement(By.id("modalitiesForm:newDiscipline_input")))
                .findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> v != null && !v.isEmpty()).toList();
    }

    public boolean offersModalityEdit(int row) {
        return browser.isPresent("modalitiesForm:modalities:" + row + ":updateModality");
    }

    /** The status shown for a modality the user may not edit, or the chosen status of one they may. */
    public String modalityStatus(int row) {
        String id = "modalitiesForm:modalities:" + row + ":";
        return browser.isPresent(id + "modalityStatus") ? browser.find(id + "modalityStatus_label").getText()
                : browser.find(id + "modalityStatusText").getText();
    }

    /** The frequency of a modality, shown or in its field. */
    public String modalityFrequency(int row) {
        String id = "modalitiesForm:modalities:" + row + ":";
        return browser.isPresent(id + "modalityFrequency") ? browser.find(id + "modalityFrequency").getAttribute("value")
                : browser.find(id + "frequency").getText();
    }

    public CarePlanPage changeModalityStatus(int row, String status) {
        browser.choose("modalitiesForm:modalities:" + row + ":modalityStatus", status);
        browser.click("modalitiesForm:modalities:" + row + ":updateModality");
        browser.waitForText("messages", "modality updated");
        return this;
    }

    /** Adds a task; {@code assignee} is the start of the team member's label (their display name). */
    public CarePlanPage addTask(String title, String assignee, String dueDate) {
        browser.type("tasksForm:newTaskTitle", title);
        browser.chooseContaining("tasksForm:newTaskAssignee", assignee);
        browser.typeDate("tasksForm:newTaskDue", dueDate);
        int before = tasks().size();
        browser.click("tasksForm:addTask");
        browser.waiting().until(d -> tasks().size() > before);
        return this;
    }

    /** Rows of the tasks table: task, assigned to, due, status, done by. */
    public List<String> tasks() {
        return browser.rows("tasksForm:tasks").stream().map(WebElement::getText).toList();
    }

    public CareChartPage backToChart() {
        browser.click("backToChart");
        browser.waitForUrlContaining("/app/patient.xhtml");
        return new CareChartPage(browser);
    }
}
