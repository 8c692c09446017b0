package org.algos.web.it.portal;

/** The built-in sign-in form. */
public final class SignInPage {

    private final Browser browser;

    public SignInPage(Browser browser) {
        this.browser = browser;
    }

    public SignInPage open() {
        browser.open("login.xhtml");
        browser.find("loginForm:username");
        return this;
    }

    public WorklistPage signInAs(String username, String password) {
        attempt(username, password);
        browser.waitForUrlContaining("/app/worklist.xhtml");
        return new WorklistPage(browser);
    }

    /** A patient lands on their own home, not on a worklist. */
    public PatientHomePage signInAsPatient(String username, String password) {
        attempt(username, password);
        return new PatientHomePage(browser);
    }

    public SignInPage attempt(String username, String password) {
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", password);
        browser.submit("loginForm:signIn");
        return this;
    }

    /** A first sign-in with the administrator's password leads to choosing one's own. */
    public ChoosePasswordPage attemptFirst(String username, String temporaryPassword) {
        attempt(username, temporaryPassword);
        browser.waitForUrlContaining("/password.xhtml");
        return new ChoosePasswordPage(browser);
    }

    public String messages() {
        return browser.find("loginForm:messages").getText();
    }
}
