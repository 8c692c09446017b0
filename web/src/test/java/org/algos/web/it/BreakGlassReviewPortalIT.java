package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.web.it.portal.ReviewPage;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.it.portal.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * The break-glass review in headless Chromium: a clinician off the care team breaks the glass and
 * reads the chart over the API; the auditor finds the grant in the queue, opens it, sees what was
 * read under it and finds it not justified; other roles are refused the page.
 */
class BreakGlassReviewPortalIT extends InBrowser {

    private static final String REASON = "Called to the recovery room, patient in severe pain";

    @Test
    void theAuditorFindsTheGrantInTheQueueSeesWhatWasReadAndFindsItNotJustified() {
        TestPatient patient = clinic.newPatient("Glass", "Reviewed");
        String outsider = clinic.staffAccount("dr", "Doctor Outside", "physician");
        ApiClient outside = ApiClient.as(clinic.base(), outsider, Clinic.STAFF_PASSWORD);
        assertEquals(403, outside.get(patient.path()).status(), "off the care team");
        ApiClient.Reply grant = outside.post(patient.path() + "/break-glass", "{\"reason\":\"" + REASON + "\"}");
        assertEquals(201, grant.status(), grant::toString);
        long grantId = grant.json().getJsonNumber("id").longValue();
        assertEquals(200, outside.get(patient.path()).status(), "the chart, under the grant");

        WorklistPage landing = new SignInPage(browser).open().signInAs("auditor", "demo");
        assertTrue(landing.openReviews() >= 1, "the landing counts the open grant");
        assertTrue(landing.overdueReviews() <= landing.openReviews());
        assertTrue(landing.hasMenuEntry("menuReview"));
        ReviewPage review = landing.goToReview();

        ReviewPage.QueueRow row = review.row(grantId).orElseThrow(() -> new AssertionError("grant " + grantId));
        assertEquals(REASON, row.reason());
        assertTrue(row.patient().contains(patient.chartName()) && row.patient().contains(patient.mrn()),
                row::toString);
        assertEquals(1, row.events(), "one read of the chart under the grant: " + row);
        assertTrue(row.text().contains("Doctor Outside"), row::toString);
        assertTrue(row.due().startsWith("by "), "due within the review hours, not overdue yet: " + row);
        assertFalse(row.highlighted());
        screenshot("queue");
        browser.assertNoScriptErrorsOrStackTraces();

        review.openGrant(grantId);
        assertTrue(review.grantTitle().contains("Doctor Outside"), review.grantTitle());
        assertEquals(REASON, review.grantReason());
        List<String> events = review.grantEvents();
        assertEquals(1, events.size(), events::toString);
        assertTrue(events.get(0).contains("READ") && events.get(0).contains("Patient"), events::toString);
        screenshot("detail");

        review.recordReview("Not justified", "The patient was in recovery under the anaesthetist's care; no emergency.");
        browser.waitForText("recordedReview", "not justified");
        assertTrue(review.recordedReview().contains("auditor") && review.recordedReview().contains("no emergency"),
                review.recordedReview());
        assertTrue(review.messages().contains("Break-glass grant " + grantId + " is reviewed"), review.messages());
        assertTrue(ReviewPage.open(browser).row(grantId).isEmpty(), "a reviewed grant leaves the queue");
        browser.assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void aNotJustifiedVerdictWithoutANoteIsRefusedWithAMessage() {
        TestPatient patient = clinic.newPatient("Glass", "Unexplained");
        ApiClient.Reply grant = clinic.as("dr.okafor").post(patient.path() + "/break-glass",
                "{\"reason\":\"" + REASON + "\"}");
        assertEquals(201, grant.status(), grant::toString);
        long grantId = grant.json().getJsonNumber("id").longValue();

        new SignInPage(browser).open().signInAs("auditor", "demo");
        ReviewPage review = ReviewPage.open(browser).openGrant(grantId);
        assertEquals(List.of(), review.grantEvents(), "nothing was read under this grant");
        review.recordReview("Not justified", " ");
        browser.waitForText("messages", "Note");
        assertTrue(review.messages().contains("is required"), review.messages());
        assertTrue(review.row(grantId).isPresent(), "still waiting for its review");
        browser.assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void aPhysicianIsRefusedTheReviewPage() {
        WorklistPage worklist = new SignInPage(browser).open().signInAs("dr.lee", "demo");
        assertFalse(worklist.hasMenuEntry("menuReview"), "the menu offers it to auditors only");

        browser.open("app/review.xhtml");
        assertEquals("Not allowed", browser.find("errorTitle").getText());
        // The refusal itself is the only thing the browser may log here (and the error page's missing icon).
        List<String> logged = browser.javaScriptErrors();
        assertTrue(logged.stream().allMatch(e -> e.contains("403") || e.contains("favicon")), logged::toString);
    }
}
