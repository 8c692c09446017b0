package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ways into a chart besides the care team, each one reviewable: an unknown record answers as
 * a refused one, a break-glass grant is read-only unless it states why it writes, and what an
 * administrator grants (a linked patient account, a clinical account, a team member) is flagged
 * and shown to the team. Run on H2 and on PostgreSQL.
 */
class AccessGrantsIT {

    private Clinic clinic;
    private URI base;
    private ApiClient drLee;
    private ApiClient drOkafor;
    private ApiClient admin;
    private ApiClient auditor;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        base = clinic.base();
        drLee = ApiClient.as(base, "dr.lee");
        drOkafor = ApiClient.as(base, "dr.okafor");
        admin = ApiClient.as(base, "admin");
        auditor = ApiClient.as(base, "auditor");
    }

    @Test
    void anUnknownPatientAnswersExactlyAsARecordTheCallerMayNotOpen() {
        long existing = clinic.newPatient("Test", "Existing").id();
        for (String path : List.of("", "/pain-assessments", "/medications", "/care-plans", "/procedures")) {
            ApiClient.Reply unknown = drOkafor.get("api/patients/999999999" + path);
            ApiClient.Reply refused = drOkafor.get("api/patients/" + existing + path);
            assertEquals(403, unknown.status(), unknown::toString);
            assertEquals(refused.status(), unknown.status(), path);
            assertEquals(refused.json().getString("detail"), unknown.json().getString("detail"), path);
        }
        TestPatient jane = clinic.newPatient("Jane", "Unknown");
        ApiClient patient = clinic.patientAccount(jane).api();
        ApiClient.Reply unknown = patient.put("api/patients/999999999/diary", "{\"pain\":3}", null);
        ApiClient.Reply other = patient.put("api/patients/" + existing + "/diary", "{\"pain\":3}", null);
        assertEquals(403, unknown.status(), unknown::toString);
        assertEquals(other.json().getString("detail"), unknown.json().getString("detail"));
        assertTrue(clinic.auditEvents(999999999L).stream().anyMatch(e -> "DENIED".equals(e.getString("outcome"))),
                "the probe of an unknown id is in the audit trail");
        assertEquals(404, drLee.get("api/patients/not-a-number").status());
    }

    @Test
    void aBreakGlassGrantIsReadOnlyUnlessItStatesAnEmergencyReasonToWrite() {
        long id = clinic.newPatient("Test", "ReadOnlyGrant").id();
        String medication = "{\"drug\":\"paracetamol\",\"doseMg\":1000,\"dosesPerDay\":4,\"route\":\"oral\"}";
        ApiClient.Reply grant = drOkafor.post("api/patients/" + id + "/break-glass",
                "{\"reason\":\"Seen in the emergency department with uncontrolled pain\"}");
        assertEquals(201, grant.status(), grant::toString);
        assertFalse(grant.json().getBoolean("mayWrite"));
        assertEquals(200, drOkafor.get("api/patients/" + id + "/medications").status());
        ApiClient.Reply refused = drOkafor.post("api/patients/" + id + "/medications", medication);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("read-only"), refused::toString);

        ApiClient.Reply writing = drOkafor.post("api/patients/" + id + "/break-glass",
                "{\"reason\":\"Seen in the emergency department with uncontrolled pain\","
                        + "\"writeReason\":\"Must record the analgesia given in the department\"}");
        assertEquals(201, writing.status(), writing::toString);
        assertTrue(writing.json().getBoolean("mayWrite"));
        ApiClient.Reply added = drOkafor.post("api/patients/" + id + "/medications", medication);
        assertEquals(201, added.status(), added::toString);
        assertTrue(clinic.auditEvents(id).stream().anyMatch(e -> "BREAK_GLASS".equals(e.getString("action"))
                && e.getString("detail").contains("may write")));
    }

    @Test
    void aRecordHasOneLinkedPatientAccountAndEveryAdministratorGrantIsFlaggedAndShownToTheTeam() {
        TestPatient jane = clinic.newPatient("Jane", "Linked");
        clinic.patientAccount(jane);
        String second = "pat.second" + Clinic.unique();
        String secondAccount = "{\"username\":\"" + second + "\",\"displayName\":\"Jane again\",\"role\":\"patient\","
                + "\"password\":\"a long passphrase\",\"patientId\":" + jane.id() + "}";
        ApiClient.Reply refused = admin.post("api/users", secondAccount);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("already linked"), refused::toString);
        assertEquals(401, ApiClient.as(base, second, "a long passphrase").get(jane.path()).status(),
                "the refused account does not exist");
        assertTrue(clinic.auditEvents(jane.id()).stream().anyMatch(e -> "DENIED".equals(e.getString("outcome"))
                && e.getString("detail", "").contains("second patient account")), "the refusal is audited");

        String physician = "dr.granted" + Clinic.unique();
        ApiClient.Reply created = admin.post("api/users", "{\"username\":\"" + physician + "\",\"displayName\":"
                + "\"Dr. Granted\",\"role\":\"physician\",\"password\":\"a long passphrase\"}");
        assertEquals(201, created.status(), created::toString);
        ApiClient.Reply added = admin.put(jane.path() + "/care-team/" + physician, "{}", null);
        assertEquals(201, added.status(), added::toString);

        JsonObject grant = clinic.auditEvents(jane.id()).stream()
                .filter(e -> e.getString("resource").equals("CareTeam/" + physician)).findFirst().orElseThrow();
        assertTrue(grant.getBoolean("flagged"), "an administrator adding a team member is flagged for review");
        ApiClient.Reply flagged = auditor.get("api/audit?flagged=true&size=100");
        assertTrue(flagged.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("resource").equals("UserAccount/" + physician)),
                "creating a clinical account is in the review queue");

        JsonObject member = memberOf(drLee.get(jane.path() + "/care-team"), physician);
        assertTrue(member.getBoolean("addedByAdministrator"), member::toString);
        assertEquals("admin", member.getString("addedBy"));
    }

    @Test
    void everyClinicianOnTheTeamReadsEligibilityAndOnlyPhysiciansAndNursesCorrectDemographics() {
        TestPatient p = clinic.newPatient("Role", "Matrix", "nurse.kim", "pt.garcia", "psy.novak");
        String eligibility = p.path() + "/eligibility?procedure=SCS_TRIAL&date=" + LocalDate.now().plusDays(14);
        for (String clinician : List.of("dr.lee", "nurse.kim", "pt.garcia", "psy.novak")) {
            ApiClient.Reply read = clinic.as(clinician).get(eligibility);
            assertEquals(200, read.status(), clinician + ": " + read);
        }
        for (String therapist : List.of("pt.garcia", "psy.novak")) {
            assertEquals(403, correctBirthDate(therapist, p).status(), therapist + " corrects no demographics");
        }
        ApiClient.Reply byNurse = correctBirthDate("nurse.kim", p);
        assertEquals(200, byNurse.status(), "a nurse corrects at intake or the identity check: " + byNurse);
    }

    private ApiClient.Reply correctBirthDate(String username, TestPatient p) {
        ApiClient as = clinic.as(username);
        ApiClient.Reply read = as.get(p.path());
        return as.put(p.path(), "{\"mrn\":\"" + p.mrn() + "\",\"givenName\":\"Role\",\"familyName\":\""
                + p.familyName() + "\",\"birthDate\":\"1970-01-02\",\"sex\":\"female\"}", read.etag().orElseThrow());
    }

    private static JsonObject memberOf(ApiClient.Reply team, String username) {
        assertEquals(200, team.status(), team::toString);
        return team.array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals(username)).findFirst().orElseThrow();
    }
}
