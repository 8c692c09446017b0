package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** The administration's People page: accounts searched, created, deactivated, given a one-time password, linked. */
public final class AdminPeoplePage {

    private static final String TABLE = "peopleForm:accounts";

    private final Browser browser;

    public AdminPeoplePage(Browser browser) {
        this.browser = browser;
        browser.find("peopleHeading");
    }

    public static AdminPeoplePage open(Browser browser) {
        browser.open("app/admin/people.xhtml");
        return new AdminPeoplePage(browser);
    }

    /** Searches and waits until the first row names the account (or the table is empty when none is expected). */
    public AdminPeoplePage search(String text, String expectedFirst) {
        browser.type("peopleForm:query", text);
        browser.click("peopleForm:search");
        browser.waiting().until(d -> rows().stream().findFirst().map(r -> r.contains(expectedFirst)).orElse(false));
        return this;
    }

    public List<String> rows() {
        return browser.rows(TABLE).stream().map(WebElement::getText).toList();
    }

    public AdminPeoplePage create(String username, String displayName, String role, String password, String patientMrn) {
        browser.type("newAccountForm:username", username);
        browser.type("newAccountForm:displayName", displayName);
        browser.choose("newAccountForm:role", role);
        if (password != null) {
            browser.type("newAccountForm:password", password);
        }
        if (patientMrn != null) {
            browser.type("newAccountForm:patientMrn", patientMrn);
        }
        browser.click("newAccountForm:create");
        browser.waitForText("messages", "Account " + username + " created");
        return this;
    }

    /** Clicks a button of the first row and waits for the message that says it was done. */
    public AdminPeoplePage onFirstRow(String button, String expectedMessage) {
        browser.click(TABLE + ":0:" + button);
        browser.waitForText("messages", expectedMessage);
        return this;
    }

    public AdminPeoplePage oneTimePassword(String password) {
        browser.type("peopleForm:oneTimePassword", password);
        return this;
    }

    public AdminPeoplePage linkMrn(String mrn) {
        browser.type("peopleForm:linkMrn", mrn);
        return this;
    }

    public String messages() {
        return browser.find("messages").getText();
    }
}
