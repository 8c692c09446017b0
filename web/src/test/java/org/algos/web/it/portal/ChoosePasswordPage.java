package org.algos.web.it.portal;

/** Where the owner of a built-in account chooses a new password. */
public final class ChoosePasswordPage {

    private final Browser browser;

    public ChoosePasswordPage(Browser browser) {
        this.browser = browser;
    }

    public boolean saysTheAdministratorSetIt() {
        return browser.isPresent("firstSignInMessage");
    }

    public String username() {
        return browser.find("passwordForm:username").getAttribute("value");
    }

    public ChoosePasswordPage attempt(String current, String chosen, String repeated) {
        browser.type("passwordForm:current", current);
        browser.type("passwordForm:chosen", chosen);
        browser.type("passwordForm:repeated", repeated);
        browser.submit("passwordForm:choose");
        return this;
    }

    public WorklistPage choose(String current, String chosen) {
        attempt(current, chosen, chosen);
        browser.waitForUrlContaining("/app/worklist.xhtml");
        return new WorklistPage(browser);
    }

    public String messages() {
        return browser.find("passwordForm:messages").getText();
    }
}
