package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** The outcomes registry page: a question, then the responders, the shares per point and the subgroups. */
public final class OutcomesPage {

    private final Browser browser;

    public OutcomesPage(Browser browser) {
        this.browser = browser;
        browser.find("outcomesHeading");
    }

    /** Asks for a procedure (its label), procedures done from..to (ISO dates), at 3, 6 or 12 months. */
    public OutcomesPage ask(String procedure, String from, String to, int months) {
        browser.choose("outcomesForm:procedure", procedure);
        browser.typeDate("outcomesForm:from", from);
        browser.typeDate("outcomesForm:to", to);
        browser.choose("outcomesForm:months", months + " months");
        browser.click("outcomesForm:show");
        browser.find("cohort");
        browser.waitForText("cohort", "from " + from + " to " + to);
        return this;
    }

    public String cohort() {
        return browser.textOf("cohort");
    }

    /** Rows of the measures: measure, responders, share, interval, worst case. */
    public List<String> measures() {
        return browser.rows("measures").stream().map(WebElement::getText).toList();
    }

    /** Rows of the drill-down: the physician's own patients in the cohort. */
    public List<String> myPatients() {
        return browser.rows("mineForm:mine").stream().map(WebElement::getText).toList();
    }

    public String painChange() {
        return browser.textOf("painChange");
    }
}
