package org.algos.web.it.portal;

/** The portal's sign-in page in single sign-on mode: no password form, a way to the identity provider. */
public final class SingleSignOnPage {

    private final Browser browser;

    public SingleSignOnPage(Browser browser) {
        this.browser = browser;
        browser.find("singleSignOn");
    }

    public boolean showsPasswordForm() {
        return browser.isPresent("loginForm:username");
    }

    public boolean saysSignedOut() {
        return browser.isPresent("signedOutMessage");
    }

    public String problem() {
        return browser.find("signInProblem").getText();
    }

    public KeycloakSignInPage signIn() {
        browser.click("signInWithProvider");
        return new KeycloakSignInPage(browser);
    }
}
