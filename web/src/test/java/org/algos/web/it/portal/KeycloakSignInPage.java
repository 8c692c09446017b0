package org.algos.web.it.portal;

import org.openqa.selenium.By;

/** Keycloak's own sign-in page (theme keycloak.v2), where the portal sends people in single sign-on mode. */
public final class KeycloakSignInPage {

    private final Browser browser;

    public KeycloakSignInPage(Browser browser) {
        this.browser = browser;
        browser.find("kc-form-login");
    }

    public WorklistPage signInAs(String username, String password) {
        attempt(username, password);
        browser.waitForUrlContaining("/app/worklist.xhtml");
        return new WorklistPage(browser);
    }

    /** Patients land on their own home rather than a worklist. */
    public PatientHomePage signInAsPatient(String username, String password) {
        attempt(username, password);
        return new PatientHomePage(browser);
    }

    public KeycloakSignInPage attempt(String username, String password) {
        browser.type("username", username);
        browser.type("password", password);
        browser.click("kc-login");
        return this;
    }

    /** The error Keycloak shows after a failed attempt: under the fields, or above them for the account. */
    public String error() {
        browser.waiting().until(d -> !d.findElements(By.id("input-error-username")).isEmpty()
                || !d.findElements(By.className("kc-feedback-text")).isEmpty());
        return browser.isPresent("input-error-username") ? browser.find("input-error-username").getText()
                : browser.waiting().until(d -> d.findElement(By.className("kc-feedback-text"))).getText();
    }
}
