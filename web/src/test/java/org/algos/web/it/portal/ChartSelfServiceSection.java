package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** The chart's "Patient self-service" section: questionnaires asked, education given, the patient's preferences. */
public final class ChartSelfServiceSection {

    private static final String FORM = "selfServiceForm:";

    private final Browser browser;

    public ChartSelfServiceSection(Browser browser) {
        this.browser = browser;
        browser.openChartSection("self-service");
        browser.find("selfServiceTitle");
    }

    /** Asks the patient to fill in a questionnaire (by code, e.g. "PHQ9") by a date. */
    public ChartSelfServiceSection requestQuestionnaire(String code, String dueOn) {
        int before = requests().size();
        browser.choose(FORM + "requestInstrument", "(" + code + ")");
        browser.typeDate(FORM + "requestDue", dueOn);
        browser.click(FORM + "requestQuestionnaire");
        browser.waiting().until(d -> requests().size() > before);
        return this;
    }

    /** Rows of the questionnaires waiting for the patient: name, due date, asked by. */
    public List<String> requests() {
        return browser.rows(FORM + "requests").stream().map(WebElement::getText).toList();
    }

    public ChartSelfServiceSection giveText(String title, String note) {
        int before = education().size();
        browser.choose(FORM + "educationTopic", title);
        browser.type(FORM + "educationNote", note);
        browser.click(FORM + "giveText");
        browser.waiting().until(d -> education().size() > before);
        return this;
    }

    /** Rows of the texts given: title, given on and by, read or not. */
    public List<String> education() {
        return browser.rows(FORM + "education").stream().map(WebElement::getText).toList();
    }

    public boolean showsPreferences() {
        return browser.isPresent(FORM + "whatMatters");
    }

    public String whatMatters() {
        return browser.find(FORM + "whatMatters").getText();
    }

    public String involvement() {
        return browser.find(FORM + "involvement").getText();
    }

    public String avoid() {
        return browser.find(FORM + "avoid").getText();
    }
}
