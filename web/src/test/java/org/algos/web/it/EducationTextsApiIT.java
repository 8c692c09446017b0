package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The clinic's own education texts through the API: an administrator writes a draft, the team
 * cannot give it until a clinician other than the author approves it, an approved text is frozen,
 * and a withdrawn one can no longer be given while the patients who have it still read it.
 */
class EducationTextsApiIT {

    private final Clinic clinic = Clinic.builtIn();
    private final ApiClient admin = clinic.as("admin");
    private final ApiClient drLee = clinic.as("dr.lee");

    private static String body(String code, String title) {
        return "{\"code\":\"" + code + "\",\"title\":\"" + title + "\",\"summary\":\"Heat or cold, and when.\","
                + "\"minutes\":3,\"markdown\":\"## Heat or cold\\n\\n- heat for stiffness\\n- <b>cold</b> after activity\"}";
    }

    private static List<String> fields(ApiClient.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static boolean assignable(ApiClient who, String code) {
        return who.get("api/education-topics").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("code").equals(code));
    }

    @Test
    void aDraftIsGivenOnlyOnceAnotherClinicianApprovedIt() {
        String code = "heat-or-cold-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Heat or cold " + code.substring(13);
        String text = "api/education-texts/" + code;

        ApiClient.Reply written = admin.post("api/education-texts", body(code, title));
        assertEquals(201, written.status(), written::toString);
        assertTrue(written.location().orElseThrow().endsWith(text));
        assertEquals("draft", written.json().getString("status"));
        assertTrue(written.json().getString("html").contains("&lt;b&gt;cold&lt;/b&gt;"), "markup is shown, not run");
        String etag = written.etag().orElseThrow();

        assertFalse(assignable(drLee, code), "a draft is not offered to the team");
        TestPatient patient = clinic.register("dr.lee", "Edu", "Texts", "1971-02-03", "male");
        String education = "api/patients/" + patient.id() + "/education";
        ApiClient.Reply early = drLee.post(education, "{\"topic\":\"" + code + "\"}");
        assertEquals(400, early.status(), early::toString);
        assertEquals(List.of("topic"), fields(early));

        assertEquals(403, admin.postIfMatch(text + "/approval", "", etag).status(), "administrators do not approve");
        assertEquals(428, drLee.post(text + "/approval", "").status());
        ApiClient.Reply approved = drLee.postIfMatch(text + "/approval", "", etag);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("approved", approved.json().getString("status"));
        assertEquals("dr.lee", approved.json().getString("approvedBy"));
        ApiClient.Reply frozen = admin.put(text, "{\"title\":\"Changed\",\"summary\":\"s\",\"minutes\":2,"
                + "\"markdown\":\"b\"}", approved.etag().orElseThrow());
        assertEquals(409, frozen.status(), frozen::toString);
        assertTrue(frozen.isProblem());

        assertTrue(assignable(drLee, code));
        ApiClient.Reply given = drLee.post(education, "{\"topic\":\"" + code + "\"}");
        assertEquals(201, given.status(), given::toString);
        assertEquals(title, given.json().getString("title"));

        ApiClient.Reply withdrawn = admin.postIfMatch(text + "/withdrawal", "", approved.etag().orElseThrow());
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertFalse(assignable(drLee, code));
        assertEquals(404, drLee.get("api/education-topics/" + code).status());
        assertEquals(title, drLee.get(education).array().getJsonObject(0).getString("title"),
                "the patient given it keeps it");
    }

    @Test
    void theAuthorDoesNotApproveStaleAndBadInputAreRefusedAndPatientsAndAuditorsKeepOut() {
        String code = "flare-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "api/education-texts/" + code;
        ApiClient.Reply written = drLee.post("api/education-texts", body(code, "Flare " + code));
        assertEquals(201, written.status(), written::toString);
        String etag = written.etag().orElseThrow();

        ApiClient.Reply own = drLee.postIfMatch(text + "/approval", "", etag);
        assertEquals(409, own.status(), own::toString);
        ApiClient.Reply revised = drLee.put(text, "{\"title\":\"Flare " + code + "\",\"summary\":\"Better.\","
                + "\"minutes\":4,\"markdown\":\"Rest, then move.\"}", etag);
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(409, clinic.as("dr.okafor").postIfMatch(text + "/approval", "", etag).status(),
                "approving a version no longer current");

        ApiClient.Reply bad = admin.post("api/education-texts", "{\"code\":\"Not A Code\",\"title\":\"\","
                + "\"summary\":\"s\",\"minutes\":90,\"markdown\":\"b\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("code", "title", "minutes"), fields(bad));
        ApiClient.Reply unknownField = admin.post("api/education-texts", "{\"code\":\"x-y-z\",\"colour\":\"red\"}");
        assertEquals(400, unknownField.status(), unknownField::toString);
        ApiClient.Reply taken = admin.post("api/education-texts", body("pacing", "Something else"));
        assertEquals(List.of("code"), fields(taken));

        assertEquals(403, clinic.as("auditor").get("api/education-texts").status());
        Clinic.PatientAccount account = clinic.patientAccount(clinic.register("dr.lee", "Edu", "Reader",
                "1980-01-01", "female"));
        assertEquals(403, account.api().get("api/education-texts").status());
        assertEquals(403, account.api().post("api/education-texts", body("patient-text", "By a patient")).status());
        JsonObject page = admin.get("api/education-texts?size=100").json();
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("code").equals(code) && t.getString("status").equals("draft")));
        assertEquals(400, admin.get("api/education-texts?size=1000").status());
    }
}
