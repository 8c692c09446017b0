package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The structured pain assessment with its body map. */
public final class PainAssessmentPage {

    private static final String MARKS = "painForm:marks";

    private final Browser browser;

    public PainAssessmentPage(Browser browser) {
        this.browser = browser;
        browser.find("painForm:save");
    }

    /** Presses the button for {@code value} (0–10) of an NRS row: nrsNow, nrsWorst or nrsAverage. */
    public PainAssessmentPage nrs(String field, int value) {
        button("painForm:" + field, value).click();
        return this;
    }

    /** Chooses the pain type by its position (0 nociceptive, 1 neuropathic, 2 nociplastic, 3 mixed). */
    public PainAssessmentPage painType(int position) {
        button("painForm:painType", position).click();
        return this;
    }

    private WebElement button(String id, int position) {
        return browser.find(id).findElements(By.cssSelector(":scope > div")).get(position);
    }

    /** Clicks a body-map region, e.g. {@code bodymap-back-lower_back}, and waits for the map to show the change. */
    public PainAssessmentPage clickRegion(String shapeId) {
        String pressed = isMarked(shapeId) ? "false" : "true";
        browser.click(shapeId);
        browser.waiting().until(d -> pressed.equals(browser.find(shapeId).getAttribute("aria-pressed")));
        return this;
    }

    /** Toggles a region from the keyboard: focus it and press Enter. */
    public PainAssessmentPage toggleRegionWithKeyboard(String shapeId) {
        String pressed = isMarked(shapeId) ? "false" : "true";
        browser.find(shapeId).sendKeys(Keys.ENTER);
        browser.waiting().until(d -> pressed.equals(browser.find(shapeId).getAttribute("aria-pressed")));
        return this;
    }

    public boolean isMarked(String shapeId) {
        return "true".equals(browser.find(shapeId).getAttribute("aria-pressed"));
    }

    public String focusedElementId() {
        return browser.focusedElementId();
    }

    public List<String> markedRegions() {
        return browser.rows(MARKS).stream().map(WebElement::getText).toList();
    }

    public PainAssessmentPage intensity(int row, int value) {
        browser.type(MARKS + ":" + row + ":intensity_input", String.valueOf(value));
        return this;
    }

    public PatientChartPage save() {
        browser.click("painForm:save");
        browser.waitForUrlContaining("/app/patient.xhtml");
        return new PatientChartPage(browser);
    }
}
