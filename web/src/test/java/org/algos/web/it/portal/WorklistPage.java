package org.algos.web.it.portal;

import java.util.List;
import org.openqa.selenium.WebElement;

/** Home after sign-in: the layout's menu and the user's worklist. */
public final class WorklistPage {

    private static final String TODAY = "todayForm:todayProcedures";

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

    /** Rows of today's procedures: patient, procedure, side and levels, status, open checklist items. */
    public List<String> todayProcedures() {
        return browser.rows(TODAY).stream().map(WebElement::getText).toList();
    }

    /** Opens the first of today's procedures whose row names the patient and the procedure. */
    public ProcedurePage openProcedure(String patient, String procedure) {
        List<String> rows = todayProcedures();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(patient) && rows.get(i).contains(procedure)) {
                browser.click(TODAY + ":" + i + ":openProcedure");
                browser.waitForUrlContaining("/app/procedure.xhtml");
                return new ProcedurePage(browser);
            }
        }
        throw new AssertionError("No " + procedure + " for " + patient + " today: " + rows);
    }

    /** An auditor's landing: how many break-glass grants wait for a review. */
    public long openReviews() {
        return Long.parseLong(browser.textOf("openReviews").strip());
    }

    /** Of those, how many are past the time for their review. */
    public long overdueReviews() {
        return Long.parseLong(browser.textOf("overdueReviews").strip());
    }

    public ReviewPage goToReview() {
        browser.click("menuForm:menuReview");
        return new ReviewPage(browser);
    }

    public SignInPage signOut() {
        browser.click("menuForm:signOut");
        browser.waitForUrlContaining("login.xhtml");
        return new SignInPage(browser);
    }
}
