package org.algos.web.it.portal;

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

    public KeycloakSignInPage attempt(String username, String password) {
        browser.type("username", username);
        browser.type("password", password);
        browser.click("kc-login");
        return this;
    }

    /** The error Keycloak shows under the fields after a failed attempt. */
    public String error() {
        return browser.find("input-error-username").getText();
    }
}
