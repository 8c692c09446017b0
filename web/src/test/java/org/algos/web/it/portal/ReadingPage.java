package org.algos.web.it.portal;

/** One education text opened by the patient. */
public final class ReadingPage {

    private final Browser browser;

    public ReadingPage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/me/text.xhtml");
        browser.waiting().until(d -> browser.isPresent("textTitle") || browser.isPresent("messages"));
    }

    public boolean showsText() {
        return browser.isPresent("textTitle");
    }

    public String title() {
        return browser.find("textTitle").getText();
    }

    public String body() {
        return browser.find("textBody").getText();
    }

    /** The note the team wrote when giving the text; empty when none. */
    public String teamNote() {
        return browser.isPresent("teamNote") ? browser.find("teamNote").getText() : "";
    }

    /** Headings of the text body, as the escaping renderer wrote them. */
    public String bodyHtml() {
        return browser.find("textBody").getAttribute("innerHTML");
    }

    public ReadingPage markRead() {
        browser.click("readForm:markRead");
        browser.find("readForm:readOn");
        return this;
    }

    public String readState() {
        return browser.find("readForm:readOn").getText();
    }

    public String messages() {
        return browser.find("messages").getText();
    }
}
