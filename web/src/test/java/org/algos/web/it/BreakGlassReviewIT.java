package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The break-glass review over the API, on H2 and PostgreSQL: the queue with what was done under
 * each grant, one grant's events, the verdict recorded once and audited; and the audit trail's
 * filters by user, action and day.
 */
class BreakGlassReviewIT {

    private static final String REASON = "Seen in the emergency department with uncontrolled pain";

    private final Clinic clinic = Clinic.builtIn();
    private final ApiClient auditor = clinic.as("auditor");

    /** A clinician off the team breaks the glass, reads the chart and is refused a write: the grant's id. */
    private long grantUsedBy(ApiClient outsider, TestPatient patient) {
        ApiClient.Reply grant = outsider.post(patient.path() + "/break-glass", "{\"reason\":\"" + REASON + "\"}");
        assertEquals(201, grant.status(), grant::toString);
        assertEquals(200, outsider.get(patient.path()).status());
        ApiClient.Reply refused = outsider.post(patient.path() + "/medications",
                "{\"drug\":\"paracetamol\",\"doseMg\":1000,\"dosesPerDay\":4,\"route\":\"oral\"}");
        assertEquals(403, refused.status(), "the grant reads only: " + refused);
        return grant.json().getJsonNumber("id").longValue();
    }

    /** The grant as the queue lists it, looked for page by page (oldest first; other tests add grants). */
    private Optional<JsonObject> inQueue(long grantId) {
        for (int page = 0; ; page++) {
            ApiClient.Reply r = auditor.get("api/break-glass-reviews?size=100&page=" + page);
            assertEquals(200, r.status(), r::toString);
            List<JsonObject> items = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
            Optional<JsonObject> found = items.stream()
                    .filter(g -> g.getJsonNumber("grantId").longValue() == grantId).findFirst();
            if (found.isPresent() || items.isEmpty()) {
                return found;
            }
        }
    }

    private static List<String> fieldsOf(ApiClient.Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void theQueueListsTheGrantWithWhatWasDoneUnderItAndTheDetailListsTheEvents() {
        TestPatient patient = clinic.newPatient("Glass", "Queued");
        String username = clinic.staffAccount("dr", "Doctor Queued", "physician");
        long grantId = grantUsedBy(ApiClient.as(clinic.base(), username, Clinic.STAFF_PASSWORD), patient);

        JsonObject row = inQueue(grantId).orElseThrow(() -> new AssertionError("grant " + grantId + " not queued"));
        assertEquals(username, row.getString("username"));
        assertEquals("Doctor Queued", row.getString("displayName"));
        assertEquals("physician", row.getString("role"));
        assertEquals(REASON, row.getString("reason"));
        assertEquals(patient.id(), row.getJsonNumber("patientId").longValue());
        assertEquals(patient.chartName(), row.getString("patientName"));
        assertEquals(patient.mrn(), row.getString("mrn"));
        assertEquals(2, row.getJsonNumber("eventCount").longValue(), "the read and the refused write: " + row);
        assertFalse(row.getBoolean("overdue"));
        assertTrue(row.getString("reviewDue").compareTo(row.getString("grantedAt")) > 0, row::toString);

        ApiClient.Reply detail = auditor.get("api/break-glass-reviews/" + grantId);
        assertEquals(200, detail.status(), detail::toString);
        List<JsonObject> events = detail.json().getJsonArray("events").getValuesAs(JsonObject.class);
        assertEquals(List.of("SUCCESS", "DENIED"), events.stream().map(e -> e.getString("outcome")).toList(),
                "oldest first: " + events);
        assertTrue(events.stream().allMatch(e -> username.equals(e.getString("username"))
                && e.getJsonNumber("patientId").longValue() == patient.id()), events::toString);
        assertFalse(detail.json().getBoolean("eventsCut"));
        assertEquals(JsonValue.ValueType.NULL, detail.json().getOrDefault("review", JsonValue.NULL).getValueType(),
                "not reviewed yet");
    }

    @Test
    void aReviewIsRecordedOnceAuditedAndTakesTheGrantOutOfTheQueue() {
        TestPatient patient = clinic.newPatient("Glass", "Judged");
        long grantId = grantUsedBy(clinic.as("dr.okafor"), patient);
        String path = "api/break-glass-reviews/" + grantId;

        ApiClient.Reply badVerdict = auditor.post(path, "{\"verdict\":\"maybe\"}");
        assertEquals(400, badVerdict.status(), badVerdict::toString);
        assertTrue(badVerdict.isProblem());
        assertEquals(List.of("verdict"), fieldsOf(badVerdict));
        ApiClient.Reply noNote = auditor.post(path, "{\"verdict\":\"not-justified\"}");
        assertEquals(400, noNote.status(), noNote::toString);
        assertEquals(List.of("note"), fieldsOf(noNote));
        ApiClient.Reply unknownField = auditor.post(path, "{\"verdict\":\"justified\",\"score\":3}");
        assertEquals(400, unknownField.status(), unknownField::toString);
        assertEquals(List.of("score"), fieldsOf(unknownField));
        assertEquals(403, clinic.as("dr.lee").post(path, "{\"verdict\":\"justified\"}").status(), "auditors only");

        ApiClient.Reply recorded = auditor.post(path, "{\"verdict\":\"not-justified\",\"note\":\"The notes show"
                + " no emergency; the patient was stable on the ward.\"}");
        assertEquals(201, recorded.status(), recorded::toString);
        assertEquals("not-justified", recorded.json().getString("verdict"));
        assertEquals("auditor", recorded.json().getString("reviewedBy"));
        assertTrue(recorded.location().orElse("").endsWith(path), recorded::toString);

        ApiClient.Reply again = auditor.post(path, "{\"verdict\":\"justified\"}");
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.isProblem());
        assertTrue(inQueue(grantId).isEmpty(), "a reviewed grant leaves the queue");
        JsonObject review = auditor.get(path).json().getJsonObject("review");
        assertEquals("not-justified", review.getString("verdict"), "the first review stands");

        List<JsonObject> audited = clinic.auditEvents(patient.id()).stream()
                .filter(e -> ("BreakGlassReview/" + grantId).equals(e.getString("resource", ""))).toList();
        assertEquals(1, audited.size(), audited::toString);
        assertEquals("CREATE", audited.get(0).getString("action"));
        assertEquals("auditor", audited.get(0).getString("username"));
        assertTrue(audited.get(0).getString("detail").contains("break-glass grant " + grantId), audited::toString);
    }

    @Test
    void otherRolesAreRefusedAndBadRequestsNameTheParameter() {
        assertEquals(403, clinic.as("dr.lee").get("api/break-glass-reviews").status());
        assertEquals(403, clinic.as("admin").get("api/break-glass-reviews").status());
        ApiClient.Reply badSize = auditor.get("api/break-glass-reviews?size=abc");
        assertEquals(400, badSize.status(), badSize::toString);
        assertEquals(List.of("size"), fieldsOf(badSize));
        assertEquals(404, auditor.get("api/break-glass-reviews/987654321").status());
        assertEquals(404, auditor.post("api/break-glass-reviews/987654321", "{\"verdict\":\"justified\"}").status());
    }

    @Test
    void theAuditTrailIsFilteredByUserActionAndDay() {
        TestPatient patient = clinic.newPatient("Glass", "Filtered");
        String username = clinic.staffAccount("dr", "Doctor Filtered", "physician");
        grantUsedBy(ApiClient.as(clinic.base(), username, Clinic.STAFF_PASSWORD), patient);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        ApiClient.Reply grants = auditor.get("api/audit?user=" + username + "&action=break_glass&from=" + today
                + "&to=" + today);
        assertEquals(200, grants.status(), grants::toString);
        List<JsonObject> items = grants.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), items::toString);
        assertEquals("BREAK_GLASS", items.get(0).getString("action"));
        ApiClient.Reply ofUser = auditor.get("api/audit?user=" + username + "&patientId=" + patient.id());
        assertEquals(3, ofUser.json().getJsonNumber("total").longValue(), "grant, read, refused write: " + ofUser);
        ApiClient.Reply denied = auditor.get("api/audit?user=" + username + "&patientId=" + patient.id()
                + "&flagged=true&action=CREATE");
        assertEquals(1, denied.json().getJsonNumber("total").longValue(), denied::toString);
        ApiClient.Reply yesterday = auditor.get("api/audit?user=" + username + "&to="
                + LocalDate.now(ZoneOffset.UTC).minusDays(1));
        assertEquals(0, yesterday.json().getJsonNumber("total").longValue(), yesterday::toString);

        ApiClient.Reply badAction = auditor.get("api/audit?action=PEEK");
        assertEquals(400, badAction.status(), badAction::toString);
        assertEquals(List.of("action"), fieldsOf(badAction));
        ApiClient.Reply badDay = auditor.get("api/audit?from=2026-13-01");
        assertEquals(400, badDay.status(), badDay::toString);
        assertEquals(List.of("from"), fieldsOf(badDay));
        ApiClient.Reply backwards = auditor.get("api/audit?from=2026-02-02&to=2026-02-01");
        assertEquals(400, backwards.status(), backwards::toString);
        assertEquals(List.of("to"), fieldsOf(backwards));
    }
}
