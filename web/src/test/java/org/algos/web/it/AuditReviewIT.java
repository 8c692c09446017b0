package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The auditor's review, on H2 and PostgreSQL: break-glass access in the flagged queue, and an
 * event for every refusal (by role over the API and the portal, by record) and every auditor's read.
 */
class AuditReviewIT {

    private final Clinic clinic = Clinic.builtIn();

    @Test
    void flaggedOnlyListsTheBreakGlassReadsOfThePatientAndNothingElse() {
        TestPatient patient = clinic.newPatient("Glass", "Broken");
        ApiClient drOkafor = clinic.as("dr.okafor");
        assertEquals(403, drOkafor.get(patient.path()).status(), "dr.okafor is on no care team");
        ApiClient.Reply grant = drOkafor.post(patient.path() + "/break-glass",
                "{\"reason\":\"On call, patient in recovery with severe pain\"}");
        assertTrue(grant.status() == 200 || grant.status() == 201, grant::toString);
        assertEquals(200, drOkafor.get(patient.path()).status());

        ApiClient.Reply flagged = clinic.as("auditor").get("api/audit?patientId=" + patient.id() + "&flagged=true");
        assertEquals(200, flagged.status(), flagged::toString);
        List<JsonObject> items = flagged.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().allMatch(e -> e.getBoolean("flagged")), items::toString);
        assertTrue(items.stream().anyMatch(e -> "dr.okafor".equals(e.getString("username"))
                && "SUCCESS".equals(e.getString("outcome"))), () -> "the break-glass read is there: " + items);
        ApiClient.Reply all = clinic.as("auditor").get("api/audit?patientId=" + patient.id());
        assertTrue(all.json().getJsonNumber("total").longValue() > flagged.json().getJsonNumber("total").longValue(),
                "the registration and dr.lee's reads are not flagged");
    }

    /**
     * The newest events of a user, as the auditor lists them (the listing seals what is queued),
     * leaving out the new account's choice of its password.
     */
    private List<JsonObject> eventsOf(String username) {
        ApiClient.Reply page = clinic.as("auditor").get("api/audit?size=100");
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> username.equals(e.getString("username")))
                .filter(e -> !e.getString("resource").equals("UserAccount/" + username)).toList();
    }

    @Test
    void aRefusalByRoleOverTheApiIsRecordedAndFlagged() {
        String nurse = clinic.staffAccount("nurse", "Nurse Refused", "nurse");
        ApiClient.Reply refused = ApiClient.as(AlgosServer.baseUri(), nurse, Clinic.STAFF_PASSWORD).get("api/audit/verify");
        assertEquals(403, refused.status(), refused::toString);

        List<JsonObject> events = eventsOf(nurse);
        assertEquals(1, events.size(), events::toString);
        JsonObject denied = events.get(0);
        assertEquals("DENIED", denied.getString("outcome"));
        assertEquals("GET /api/audit/verify", denied.getString("resource"));
        assertEquals("nurse", denied.getString("role"));
        assertTrue(denied.getBoolean("flagged"));
    }

    @Test
    void aRefusalByRoleOfAPortalPageIsRecorded() {
        TestPatient patient = clinic.newPatient("Page", "Refused");
        Clinic.PatientAccount account = clinic.patientAccount(patient);
        PortalSession portal = PortalSession.signIn(AlgosServer.baseUri(), account.username(), account.password());
        assertEquals(403, portal.status("app/audit.xhtml"));

        List<JsonObject> events = eventsOf(account.username());
        assertTrue(events.stream().anyMatch(e -> "DENIED".equals(e.getString("outcome"))
                && "GET /app/audit.xhtml".equals(e.getString("resource"))), events::toString);
    }

    @Test
    void aRefusalByRecordIsRecordedWithThePatient() {
        TestPatient patient = clinic.newPatient("Record", "Refused");
        String stranger = clinic.staffAccount("dr", "Doctor Stranger", "physician");
        assertEquals(403, ApiClient.as(AlgosServer.baseUri(), stranger, Clinic.STAFF_PASSWORD).get(patient.path()).status());

        List<JsonObject> events = eventsOf(stranger);
        assertEquals(1, events.size(), events::toString);
        assertEquals("DENIED", events.get(0).getString("outcome"));
        assertEquals(patient.id(), events.get(0).getJsonNumber("patientId").longValue());
    }

    @Test
    void anAuditorsReadsAreRecorded() {
        String auditor = clinic.staffAccount("auditor", "Auditor Reading", "auditor");
        ApiClient reading = ApiClient.as(AlgosServer.baseUri(), auditor, Clinic.STAFF_PASSWORD);
        assertEquals(200, reading.get("api/audit?patientId=42&flagged=true").status());
        assertEquals(200, reading.get("api/audit/verify").status());

        List<JsonObject> events = eventsOf(auditor);
        assertEquals(List.of("chain verification", "events of patient 42, flagged only, page 0"),
                events.stream().map(e -> e.getString("detail")).toList());
        assertTrue(events.stream().allMatch(e -> "SUCCESS".equals(e.getString("outcome"))
                && "AuditEvent".equals(e.getString("resource"))), events::toString);
    }
}
