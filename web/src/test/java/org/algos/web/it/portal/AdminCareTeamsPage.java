package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** The administration's Care teams page: a patient found by demographics, its team, a member added or removed. */
public final class AdminCareTeamsPage {

    private final Browser browser;

    public AdminCareTeamsPage(Browser browser) {
        this.browser = browser;
        browser.find("careTeamsHeading");
    }

    public static AdminCareTeamsPage open(Browser browser) {
        browser.open("app/admin/care-teams.xhtml");
        return new AdminCareTeamsPage(browser);
    }

    public AdminCareTeamsPage find(String text, String expectedName) {
        browser.type("findForm:query", text);
        browser.click("findForm:search");
        browser.waiting().until(d -> patients().stream().findFirst().map(r -> r.contains(expectedName)).orElse(false));
        return this;
    }

    public List<String> patients() {
        return browser.rows("findForm:patients").stream().map(WebElement::getText).toList();
    }

    public AdminCareTeamsPage openTeamOfFirst() {
        browser.click("findForm:patients:0:choose");
        browser.find("teamOf");
        return this;
    }

    public String teamHeading() {
        return browser.textOf("teamOf");
    }

    public List<String> members() {
        return browser.rows("teamForm:members").stream().map(WebElement::getText).toList();
    }

    public AdminCareTeamsPage add(String username) {
        browser.type("teamForm:newMember", username);
        browser.click("teamForm:add");
        browser.waiting().until(d -> members().stream().anyMatch(m -> m.contains(username)));
        return this;
    }

    public AdminCareTeamsPage remove(String username) {
        List<String> rows = members();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(username)) {
                browser.click("teamForm:members:" + i + ":remove");
                browser.waitForText("messages", username + " is no longer on the care team");
                return this;
            }
        }
        throw new AssertionError(username + " is not on the team: " + rows);
    }
}
