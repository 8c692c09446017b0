package org.algos.web.it.portal;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The auditor's break-glass review: the queue of open grants, one grant's events, the verdict form. */
public final class ReviewPage {

    private static final String QUEUE = "queueForm:queue";

    private final Browser browser;

    public ReviewPage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/review.xhtml");
        browser.find("reviewTitle");
    }

    public static ReviewPage open(Browser browser) {
        browser.open("app/review.xhtml");
        return new ReviewPage(browser);
    }

    /** A grant as its queue row shows it. */
    public record QueueRow(int index, String text, String reason, String patient, long events, String due,
                           boolean highlighted) {
    }

    /**
     * The grant's row, looked for page by page from the first (the queue is oldest first, and
     * other tests leave grants in it); empty when no page lists it.
     */
    public Optional<QueueRow> row(long grantId) {
        firstPage();
        while (true) {
            Optional<QueueRow> found = onThisPage(grantId);
            if (found.isPresent() || !nextPage()) {
                return found;
            }
        }
    }

    private Optional<QueueRow> onThisPage(long grantId) {
        List<WebElement> rows = browser.rows(QUEUE);
        for (WebElement row : rows) {
            int index = Integer.parseInt(row.getAttribute("data-ri"));
            String cell = QUEUE + ":" + index + ":";
            if (browser.textOf(cell + "grantId").strip().equals(String.valueOf(grantId))) {
                String classes = row.getAttribute("class");
                return Optional.of(new QueueRow(index, row.getText(), browser.textOf(cell + "reason"),
                        browser.textOf(cell + "patient"), Long.parseLong(browser.textOf(cell + "events").strip()),
                        browser.textOf(cell + "due"), classes != null && classes.contains("review-overdue")));
            }
        }
        return Optional.empty();
    }

    private void firstPage() {
        List<WebElement> first = browser.waiting().until(d -> d.findElements(
                By.cssSelector("[id='" + QUEUE + "'] .ui-paginator-first")));
        if (!first.isEmpty() && !first.get(0).getAttribute("class").contains("ui-state-disabled")) {
            String before = firstRowText();
            first.get(0).click();
            browser.waiting().until(d -> !firstRowText().equals(before));
        }
    }

    /** Goes to the next page of the queue; false on the last one. */
    private boolean nextPage() {
        List<WebElement> next = browser.waiting().until(d -> d.findElements(
                By.cssSelector("[id='" + QUEUE + "'] .ui-paginator-next")));
        if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
            return false;
        }
        String before = firstRowText();
        next.get(0).click();
        browser.waiting().until(d -> !firstRowText().equals(before));
        return true;
    }

    private String firstRowText() {
        List<WebElement> rows = browser.rows(QUEUE);
        try {
            return rows.isEmpty() ? "" : rows.get(0).getText();
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return "";
        }
    }

    /** Opens the grant from its queue row and waits for its detail. */
    public ReviewPage openGrant(long grantId) {
        QueueRow row = row(grantId).orElseThrow(() -> new AssertionError("Grant " + grantId + " is not in the queue"));
        browser.click(QUEUE + ":" + row.index() + ":open");
        browser.waitForText("grantTitle", "Grant " + grantId);
        return this;
    }

    public String grantTitle() {
        return browser.textOf("grantTitle");
    }

    public String grantReason() {
        return browser.textOf("detailForm:grantReason");
    }

    /** The events under the opened grant, a line each: position, time, action, resource, outcome, detail. */
    public List<String> grantEvents() {
        return browser.rows("detailForm:grantEvents").stream().map(WebElement::getText).toList();
    }

    /** Ticks a verdict ("Justified" or "Not justified"), writes the note and records the review. */
    public ReviewPage recordReview(String verdictLabel, String note) {
        browser.waiting().until(d -> d.findElements(By.cssSelector("[id='detailForm:verdict'] label")).stream()
                .filter(l -> l.getText().strip().equals(verdictLabel)).findFirst().map(l -> {
                    l.click();
                    return true;
                }).orElse(false));
        browser.type("detailForm:note", note);
        browser.click("detailForm:recordReview");
        return this;
    }

    /** The review once recorded, as the detail shows it. */
    public String recordedReview() {
        return browser.textOf("recordedReview");
    }

    public String messages() {
        return browser.find("messages").getText();
    }
}
