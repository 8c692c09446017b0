package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Scheduling a procedure, with the eligibility panel beside the choice and the override after a refusal. */
public final class SchedulePage {

    private static final String FORM = "scheduleForm:";

    private final Browser browser;

    public SchedulePage(Browser browser) {
        this.browser = browser;
        browser.find(FORM + "book");
    }

    public String patient() {
        return browser.find("schedulePatient").getText();
    }

    /** Chooses the procedure whose label (name · CPT codes · bleeding risk) contains {@code name}. */
    public SchedulePage chooseProcedure(String name) {
        browser.chooseContaining(FORM + "procedure", name);
        browser.waiting().until(d -> browser.isPresent("procedureDetails")
                && !browser.find("procedureDetails").getText().isBlank());
        return this;
    }

    /** CPT codes and bleeding risk of the chosen procedure. */
    public String procedureDetails() {
        return browser.find("procedureDetails").getText();
    }

    public SchedulePage chooseSide(String side) {
        browser.choose(FORM + "side", side);
        return this;
    }

    /** Ticks segments such as "L4-L5" in the levels drop-down, then closes it. */
    public SchedulePage chooseLevels(String... segments) {
        String menu = FORM + "levels";
        for (String segment : segments) {
            browser.waiting().until(d -> {
                if (!d.findElement(By.id(menu + "_panel")).isDisplayed()) {
                    browser.click(menu);
                    return false;
                }
                WebElement item = d.findElements(By.cssSelector("[id='" + menu + "_panel'] li")).stream()
                        .filter(li -> li.isDisplayed() && li.getText().strip().equals(segment))
                        .findFirst().orElse(null);
                if (item == null) {
                    return false;
                }
                if (!item.findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class").contains("ui-state-active")) {
                    item.click();
                    return false;
                }
                return true;
            });
        }
        browser.waiting().until(d -> {
            if (d.findElement(By.id(menu + "_panel")).isDisplayed()) {
                d.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                return false;
            }
            return true;
        });
        return this;
    }

    public String levelsLabel() {
        return browser.find(FORM + "levels").getText();
    }

    /** Types the date and leaves the field, which asks the rules again. */
    public SchedulePage date(String isoDate) {
        browser.typeDate(FORM + "date", isoDate);
        return this;
    }

    /** What the panel asks for while the choice is incomplete. */
    public String hint() {
        return browser.waiting().until(d -> {
            String hint = browser.isPresent("eligibilityHint") ? browser.textOf("eligibilityHint") : "";
            return hint.isBlank() ? null : hint;
        });
    }

    /** The panel's answer once the rules have answered: "Eligible: …" or "Not eligible: …". */
    public String verdict() {
        browser.waiting().until(d -> browser.isPresent("eligibilityVerdict"));
        return browser.textOf("eligibilityVerdict");
    }

    /** Each refusing rule as the panel lists it: message, rule and source. */
    public List<String> refusingRules() {
        return items("eligibilityReasons");
    }

    public List<String> metRules() {
        return items("eligibilityMet");
    }

    public List<String> documentationReminders() {
        return items("eligibilityWarnings");
    }

    private List<String> items(String listId) {
        return browser.isPresent(listId)
                ? browser.find(listId).findElements(By.tagName("li")).stream().map(WebElement::getText).toList()
                : List.of();
    }

    /** Presses Book for a booking the rules refuse, and waits for the refusal. */
    public SchedulePage bookRefused() {
        browser.click(FORM + "book");
        browser.find("refusalSummary");
        return this;
    }

    /** Presses Book for an eligible booking; the chart opens with the confirmation. */
    public PatientChartPage book() {
        browser.click(FORM + "book");
        browser.waitForUrlContaining("/app/patient.xhtml");
        return new PatientChartPage(browser);
    }

    public String refusal() {
        return browser.find("refusalSummary").getText();
    }

    public boolean offersOverride() {
        return browser.isPresent("overrideForm:overrideReason");
    }

    public boolean saysOnlyAPhysicianOverrides() {
        return browser.isPresent("overrideNotAllowed");
    }

    /** Presses "Book with override" with no reason; returns the message beside the reason field. */
    public String overrideWithoutReason() {
        browser.type("overrideForm:overrideReason", "");
        browser.click("overrideForm:bookWithOverride");
        browser.waiting().until(d -> !browser.find("overrideForm:overrideReasonMessage").getText().isBlank());
        return browser.find("overrideForm:overrideReasonMessage").getText();
    }

    public PatientChartPage bookWithOverride(String reason) {
        browser.type("overrideForm:overrideReason", reason);
        browser.click("overrideForm:bookWithOverride");
        browser.waitForUrlContaining("/app/patient.xhtml");
        return new PatientChartPage(browser);
    }

    public String messages() {
        return browser.find("messages").getText();
    }
}
