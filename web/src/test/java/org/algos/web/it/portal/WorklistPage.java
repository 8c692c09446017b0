package org.algos.web.it.portal;

/** Home after sign-in: the layout's menu and the user's worklist. */
public final class WorklistPage {

    private final Browser browser;

    public WorklistPage(Browser browser) {
        this.browser = browser;
        browser.find("worklistTitle");
    }

    public String currentUser() {
        return browser.find("currentUser").getText();
    }

    public boolean hasMenuEntry(String id) {
        return browser.isPresent("menuForm:" + id);
    }

    public PatientSearchPage goToPatients() {
        browser.click("menuForm:menuPatients");
        return new PatientSearchPage(browser);
    }

    public PatientChartPage openMyRecord() {
        browser.click("openMyRecord");
        return new PatientChartPage(browser);
    }

    public SignInPage signOut() {
        browser.click("menuForm:signOut");
        browser.waitForUrlContaining("login.xhtml");
        return new SignInPage(browser);
    }
}
