package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The patient's self-service through the API: education given by the team and read by the
 * patient, preferences for shared decisions with optimistic locking, and a patient kept to their
 * own record. Each test registers its own patient with a linked patient account.
 */
class PatientSelfServiceApiIT {

    private Clinic clinic;
    private ApiClient drLee;
    private ApiClient drOkafor;
    private ApiClient auditor;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        drLee = clinic.as("dr.lee");
        drOkafor = clinic.as("dr.okafor");
        auditor = clinic.as("auditor");
    }

    /** A patient registered by dr.lee (so on dr.lee's team), with a patient account of their own. */
    private record Registered(long id, String username, ApiClient patient) {
    }

    private Registered register() {
        TestPatient patient = clinic.register("dr.lee", "Self", "Service", "1968-05-14", "female");
        Clinic.PatientAccount account = clinic.patientAccount(patient);
        return new Registered(patient.id(), account.username(), account.api());
    }

    private List<JsonObject> auditEvents(long patientId) {
        ApiClient.Reply r = auditor.get("api/audit?patientId=" + patientId + "&size=100");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void theTeamGivesATextThePatientReadsItAndMarksItRead() {
        Registered p = register();
        String education = "api/patients/" + p.id() + "/education";

        List<JsonObject> catalogue = drLee.get("api/education-topics").array().getValuesAs(JsonObject.class);
        assertEquals(8, catalogue.stream().filter(t -> t.getString("origin").equals("shipped")).count(),
                catalogue::toString);
        assertTrue(catalogue.stream().anyMatch(t -> t.getString("code").equals("opioid-safety")));

        String pacing = "{\"topic\":\"pacing\",\"note\":\"Start with ten-minute walks\"}";
        assertEquals(403, p.patient().post(education, pacing).status(), "patients do not assign");
        assertEquals(403, drOkafor.post(education, pacing).status(), "only the care team assigns");
        ApiClient.Reply unknown = drLee.post(education, "{\"topic\":\"yoga\"}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("topic", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        ApiClient.Reply given = drLee.post(education, pacing);
        assertEquals(201, given.status(), given::toString);
        assertTrue(given.location().orElseThrow().endsWith(education + "/" + given.json().getJsonNumber("id")));
        long item = given.json().getJsonNumber("id").longValue();
        ApiClient.Reply again = drLee.post(education, pacing);
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.isProblem());

        List<JsonObject> listed = p.patient().get(education).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals("Pacing your activity", listed.get(0).getString("title"));
        assertEquals("Start with ten-minute walks", listed.get(0).getString("note"));
        assertFalse(listed.get(0).getBoolean("read"));

        JsonObject text = p.patient().get(education + "/" + item).json();
        assertTrue(text.getString("html").startsWith("<h3>The boom-and-bust cycle</h3>"), text::toString);
        assertTrue(text.getString("markdown").contains("## What pacing means"));

        assertEquals(403, drLee.put(education + "/" + item + "/read", "", null).status(), "only the patient marks read");
        JsonObject read = p.patient().put(education + "/" + item + "/read", "", null).json();
        assertTrue(read.getBoolean("read"));
        String readAt = read.getString("readAt");
        assertEquals(readAt, p.patient().put(education + "/" + item + "/read", "", null).json().getString("readAt"),
                "marking it read again keeps the first time");
        assertTrue(drLee.get(education).array().getJsonObject(0).getBoolean("read"), "the team sees it was read");
        assertEquals(404, p.patient().get(education + "/" + (item + 100_000)).status());

        List<String> written = auditEvents(p.id()).stream()
                .map(e -> e.getString("action") + " " + e.getString("resource") + ": " + e.getString("detail", ""))
                .toList();
        assertTrue(written.contains("CREATE EducationAssignment/" + item + ": education assignment " + item
                + " given (pacing)"), written::toString);
        assertTrue(written.contains("UPDATE EducationAssignment/" + item + ": education assignment " + item
                + " marked read"), written::toString);
        assertTrue(written.stream().noneMatch(w -> w.contains("ten-minute")), "the note stays out of the trail");
    }

    @Test
    void thePatientStatesPreferencesWithIfMatchAndTheTeamReadsThem() {
        Registered p = register();
        String preferences = "api/patients/" + p.id() + "/preferences";

        ApiClient.Reply none = p.patient().get(preferences);
        assertEquals(200, none.status(), none::toString);
        assertFalse(none.json().getBoolean("stated"));
        assertEquals("\"0\"", none.etag().orElseThrow());

        String body = "{\"involvement\":\"share\",\"avoid\":[\"opioids\",\"implanted-devices\"],"
                + "\"whatMatters\":\"Walk my dog to the park again\",\"preferredContact\":\"phone\","
                + "\"contactNotes\":\"mornings\"}";
        assertEquals(428, p.patient().put(preferences, body, null).status(), "If-Match is required");
        ApiClient.Reply first = p.patient().put(preferences, body, "\"0\"");
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.json().getBoolean("stated"));
        assertEquals(List.of("opioids", "implanted-devices"), first.json().getJsonArray("avoid")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        String etag = first.etag().orElseThrow();
        assertNotEquals("\"0\"", etag);

        ApiClient.Reply stale = p.patient().put(preferences, body.replace("share", "decide-myself"), "\"0\"");
        assertEquals(409, stale.status(), "a second window that read nothing cannot overwrite: " + stale);
        assertTrue(stale.isProblem());
        ApiClient.Reply changed = p.patient().put(preferences, body.replace("share", "decide-myself"), etag);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("decide-myself", changed.json().getString("involvement"));
        assertEquals(409, p.patient().put(preferences, body, etag).status(), "the version read before the change");

        ApiClient.Reply invalid = p.patient().put(preferences, "{\"involvement\":\"maybe\",\"avoid\":[\"yoga\"]}",
                changed.etag().orElseThrow());
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(List.of("involvement", "avoid"), invalid.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());

        JsonObject seen = drLee.get(preferences).json();
        assertEquals("Walk my dog to the park again", seen.getString("whatMatters"));
        assertEquals("I want to make the final decision myself.", seen.getString("involvementStatement"));
        assertEquals(403, drLee.put(preferences, body, changed.etag().orElseThrow()).status(),
                "the patient states them, the team reads them");
        assertEquals(403, drOkafor.get(preferences).status());
    }

    @Test
    void aPatientOpeningAnotherPatientsRecordIsRefusedAndTheAttemptAudited() {
        Registered p = register();
        Registered someoneElse = register();
        ApiClient intruder = someoneElse.patient();
        String other = "api/patients/" + p.id();
        for (String path : List.of(other + "/education", other + "/preferences", other + "/diary",
                other + "/questionnaire-assignments")) {
            ApiClient.Reply refused = intruder.get(path);
            assertEquals(403, refused.status(), path + ": " + refused);
            assertTrue(refused.isProblem(), path);
            assertTrue(refused.json().getString("detail").contains("only their own record"), refused::toString);
        }
        assertEquals(403, intruder.put(other + "/preferences", "{\"whatMatters\":\"x\"}", "\"0\"").status());
        assertEquals(403, intruder.put(other + "/diary", "{\"pain\":3}", null).status());
        assertEquals(403, p.patient().get("api/patients/" + someoneElse.id() + "/education").status(),
                "and the other way round");

        JsonObject denied = auditEvents(p.id()).stream()
                .filter(e -> e.getString("outcome").equals("DENIED")
                        && e.getString("username").equals(someoneElse.username()))
                .findFirst().orElseThrow();
        assertEquals("patient", denied.getString("role"));
    }

    @Test
    void thePatientsOwnQuestionnaireClosesTheRequestAndTheDiaryFeedsTheirTrend() {
        Registered p = register();
        String assignments = "api/patients/" + p.id() + "/questionnaire-assignments";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(201, drLee.post(assignments, "{\"instrument\":\"PHQ9\",\"dueOn\":\"" + today.plusDays(3) + "\"}")
                .status());
        assertEquals(1, p.patient().get(assignments).array().size());
        ApiClient.Reply stored = p.patient().post("api/patients/" + p.id() + "/assessments", "{\"instrument\":\"PHQ9\","
                + "\"answers\":{\"1\":1,\"2\":1,\"3\":2,\"4\":1,\"5\":0,\"6\":1,\"7\":1,\"8\":0,\"9\":0}}");
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(0, p.patient().get(assignments).array().size(), "the patient's PHQ-9 closed the request");

        ApiClient.Reply day = p.patient().put("api/patients/" + p.id() + "/diary", "{\"pain\":5,\"sleepHours\":6.5,"
                + "\"activityMinutes\":30,\"medicationTaken\":\"paracetamol 1 g twice\"}", null);
        assertEquals(200, day.status(), day::toString);
        assertEquals(1, drLee.get("api/patients/" + p.id() + "/diary").json().getInt("total"));
    }
}
