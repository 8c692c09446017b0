package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** Patient search with its lazy, paged table. */
public final class PatientSearchPage {

    private static final String TABLE = "searchForm:results";

    private final Browser browser;

    public PatientSearchPage(Browser browser) {
        this.browser = browser;
        browser.find("searchForm:query");
    }

    public PatientSearchPage search(String text) {
        browser.type("searchForm:query", text);
        browser.click("searchForm:search");
        browser.waiting().until(d -> rowTexts().stream().allMatch(r -> r.toLowerCase().contains(text.toLowerCase()))
                && !rowTexts().isEmpty());
        return this;
    }

    public List<String> rowTexts() {
        return browser.rows(TABLE).stream().map(WebElement::getText).toList();
    }

    public PatientChartPage openRow(int index) {
        browser.click(TABLE + ":" + index + ":open");
        return new PatientChartPage(browser);
    }
}
