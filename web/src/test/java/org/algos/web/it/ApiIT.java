package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API, per-record access and the audit trail, on Payara Micro with the WAR as built.
 * The build runs this class twice: on the embedded H2 file database and on a real PostgreSQL.
 */
class ApiIT {

    private Clinic clinic;
    private URI base;
    private ApiClient drLee;
    private ApiClient drOkafor;
    private ApiClient nurseKim;
    private ApiClient admin;
    private ApiClient auditor;
    private ApiClient patDoe;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        base = clinic.base();
        drLee = ApiClient.as(base, "dr.lee");
        drOkafor = ApiClient.as(base, "dr.okafor");
        nurseKim = ApiClient.as(base, "nurse.kim");
        admin = ApiClient.as(base, "admin");
        auditor = ApiClient.as(base, "auditor");
        patDoe = ApiClient.as(base, "pat.doe");
    }

    private static String patientJson(String mrn, String given, String family) {
        return "{\"mrn\":\"" + mrn + "\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"birthDate\":\"1980-02-29\",\"sex\":\"female\"}";
    }

    /** dr.lee registers a patient and is therefore on the care team. */
    private long registerAsDrLee(String family) {
        return clinic.newPatient("Test", family).id();
    }

    @Test
    void theApplicationIsReadyWithItsMigrationsAndPublishesOpenApiAndMetrics() {
        ApiClient anonymous = ApiClient.anonymous(base);
        ApiClient.Reply health = anonymous.get("health/ready");
        assertEquals(200, health.status(), health::toString);
        JsonObject database = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("true", database.getJsonObject("data").getString("migrated"));
        assertEquals(System.getProperty("algos.it.database", "h2"),
                database.getJsonObject("data").getString("database").toLowerCase(Locale.ROOT));

        ApiClient.Reply openapi = anonymous.getAnyType("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/patients"), "OpenAPI lists the patient endpoints");
        assertEquals(200, anonymous.getAnyType("metrics").status());
    }

    @Test
    void withoutValidCredentialsTheApiAnswers401AsProblemJson() {
        ApiClient.Reply none = ApiClient.anonymous(base).get("api/patients");
        assertEquals(401, none.status());
        assertTrue(none.isProblem(), none.contentType());
        assertEquals(401, none.json().getInt("status"));

        ApiClient.Reply wrong = ApiClient.as(base, "dr.lee", "not-the-password").get("api/patients");
        assertEquals(401, wrong.status());
        assertFalse(wrong.body().contains("Exception"), wrong.body());

        assertEquals(401, ApiClient.as(base, "nobody", "demo").get("api/patients").status());
        assertEquals(401, ApiClient.as(base, "no\u0000body", "demo").get("api/patients").status(),
                "a name no account can have is refused, not looked up (PostgreSQL refuses NUL)");
    }

    @Test
    void aClinicianRegistersAPatientAndJoinsTheCareTeam() {
        String mrn = Clinic.newMrn();
        ApiClient.Reply created = drLee.post("api/patients", patientJson(mrn.toLowerCase(Locale.ROOT), " Ana ", "Lopez"));
        assertEquals(201, created.status(), created::toString);
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertEquals(mrn, body.getString("mrn"), "MRNs are kept in upper case");
        assertEquals("Ana", body.getString("givenName"), "names are trimmed");
        assertEquals("1980-02-29", body.getString("birthDate"));
        assertTrue(created.location().orElseThrow().endsWith("/api/patients/" + id), created.location()::toString);

        ApiClient.Reply read = drLee.get("api/patients/" + id);
        assertEquals(200, read.status());
        assertEquals("Lopez", read.json().getString("familyName"));
        assertEquals("treatment", read.json().getString("access"));
        assertEquals("\"" + read.json().getJsonNumber("version").longValue() + "\"",
                read.etag().orElseThrow().replace("W/", ""), "the ETag is the version");

        JsonArray team = drLee.get("api/patients/" + id + "/care-team").array();
        assertEquals(1, team.size());
        assertEquals("dr.lee", team.getJsonObject(0).getString("username"));
        assertEquals("physician", team.getJsonObject(0).getString("role"));

        List<String> actions = clinic.auditEvents(id).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("CREATE") && actions.contains("READ"), actions::toString);
    }

    @Test
    void aDuplicateMrnIsAConflictWhateverItsCase() {
        String mrn = Clinic.newMrn();
        assertEquals(201, drLee.post("api/patients", patientJson(mrn, "A", "First")).status());
        ApiClient.Reply again = drLee.post("api/patients", patientJson(mrn.toLowerCase(Locale.ROOT), "B", "Second"));
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.isProblem());
        assertTrue(again.json().getString("detail").contains(mrn));
    }

    @Test
    void invalidInputNamesEveryFieldAndTheReasonWithoutAStackTrace() {
        ApiClient.Reply r = drLee.post("api/patients",
                "{\"mrn\":\"\",\"givenName\":{\"x\":1},\"familyName\":\"Doe\",\"birthDate\":\"31/12/1980\",\"sex\":\"f\"}");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem());
        List<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains("givenName"), fields::toString);

        r = drLee.post("api/patients", "{\"mrn\":\"\",\"givenName\":\"A\",\"familyName\":\"Doe\","
                + "\"birthDate\":\"31/12/1980\",\"sex\":\"f\"}");
        List<JsonObject> errors = r.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("mrn", "birthDate", "sex"), errors.stream().map(e -> e.getString("field")).toList());
        assertEquals("must be a date in the form YYYY-MM-DD", errors.get(1).getString("message"));

        ApiClient.Reply future = drLee.post("api/patients", "{\"mrn\":\"" + Clinic.newMrn()
                + "\",\"givenName\":\"A\",\"familyName\":\"B\",\"birthDate\":\"" + java.time.LocalDate.now().plusMonths(6)
                + "\",\"sex\":\"male\"}");
        assertEquals(400, future.status());
        assertEquals("cannot be in the future",
                future.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        ApiClient.Reply malformed = drLee.post("api/patients", "{\"mrn\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertTrue(malformed.isProblem());

        ApiClient.Reply notAnObject = drLee.post("api/patients", "[1,2]");
        assertEquals(400, notAnObject.status(), notAnObject::toString);

        ApiClient.Reply badPage = drLee.get("api/patients?size=abc&page=-1");
        assertEquals(400, badPage.status(), badPage::toString);
        assertEquals(2, badPage.json().getJsonArray("errors").size());
        assertEquals(400, drLee.get("api/patients?size=1000").status());

        for (ApiClient.Reply reply : List.of(r, future, malformed, notAnObject, badPage)) {
            assertFalse(reply.body().contains("at org.") || reply.body().contains("Exception"), reply.body());
        }
    }

    @Test
    void aClinicianOutsideTheTeamIsRefusedAndTheAttemptIsAudited() {
        long id = registerAsDrLee("Refused");
        ApiClient.Reply r = drOkafor.get("api/patients/" + id);
        assertEquals(403, r.status(), r::toString);
        assertTrue(r.isProblem());
        assertTrue(r.json().getString("detail").contains("break the glass"));

        JsonObject denied = clinic.auditEvents(id).stream()
                .filter(e -> e.getString("outcome").equals("DENIED")).findFirst().orElseThrow();
        assertEquals("dr.okafor", denied.getString("username"));
        assertEquals("physician", denied.getString("role"));
        assertEquals("READ", denied.getString("action"));
        assertTrue(denied.getBoolean("flagged"));
    }

    @Test
    void breakingTheGlassNeedsAReasonAndGivesFlaggedTimeLimitedAccess() {
        long id = registerAsDrLee("Emergency");
        ApiClient.Reply tooShort = drOkafor.post("api/patients/" + id + "/break-glass", "{\"reason\":\"urgent\"}");
        assertEquals(400, tooShort.status());
        assertEquals("reason", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, drOkafor.post("api/patients/" + id + "/break-glass", "{}").status());

        ApiClient.Reply grant = drOkafor.post("api/patients/" + id + "/break-glass",
                "{\"reason\":\"Seen in the emergency department with uncontrolled pain\"}");
        assertEquals(201, grant.status(), grant::toString);
        assertTrue(grant.json().getString("expiresAt").compareTo(grant.json().getString("grantedAt")) > 0);

        ApiClient.Reply read = drOkafor.get("api/patients/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals("break-glass", read.json().getString("access"));

        List<JsonObject> events = clinic.auditEvents(id);
        JsonObject breakGlass = events.stream().filter(e -> e.getString("action").equals("BREAK_GLASS"))
                .findFirst().orElseThrow();
        assertTrue(breakGlass.getBoolean("flagged"));
        assertTrue(breakGlass.getString("purpose").contains("emergency department"));
        JsonObject readUnderGrant = events.stream().filter(e -> e.getString("username").equals("dr.okafor")
                && e.getString("action").equals("READ") && e.getString("outcome").equals("SUCCESS"))
                .findFirst().orElseThrow();
        assertTrue(readUnderGrant.getBoolean("flagged"), "access under a grant is flagged for review");

        ApiClient.Reply search = drOkafor.get("api/patients?q=Emergency");
        assertTrue(search.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getJsonNumber("id").longValue() == id), "a live grant makes the patient findable");

        assertEquals(403, patDoe.post("api/patients/" + id + "/break-glass",
                "{\"reason\":\"I would like to see this record\"}").status(), "patients cannot break the glass");
        assertEquals(403, auditor.post("api/patients/" + id + "/break-glass",
                "{\"reason\":\"Reviewing this record in detail\"}").status(), "auditors cannot break the glass");
    }

    @Test
    void aPatientSeesTheirOwnRecordAndNoOther() {
        TestPatient jane = clinic.newPatient("Jane", "Doe");
        ApiClient patient = clinic.patientAccount(jane).api();
        ApiClient.Reply own = patient.get(jane.path());
        assertEquals(200, own.status(), own::toString);
        assertEquals(jane.familyName(), own.json().getString("familyName"));
        assertEquals("own record", own.json().getString("access"));

        long other = registerAsDrLee("Other");
        assertEquals(403, patient.get("api/patients/" + other).status());

        JsonObject page = patient.get("api/patients").json();
        assertEquals(1, page.getInt("total"), "a patient's search finds only themself");
        assertEquals(jane.id(), page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());

        assertEquals(403, patient.post("api/patients", patientJson(Clinic.newMrn(), "X", "Y")).status(),
                "patients do not register patients");
    }

    @Test
    void anAdministratorManagesTheCareTeamWithoutChartAccess() {
        long id = registerAsDrLee("Teamwork");
        assertEquals(403, admin.get("api/patients/" + id).status());
        assertEquals(403, nurseKim.get("api/patients/" + id).status());

        ApiClient.Reply added = admin.put("api/patients/" + id + "/care-team/nurse.kim", "{\"role\":\"nurse\"}", null);
        assertEquals(201, added.status(), added::toString);
        assertEquals("nurse.kim", added.json().getString("username"));
        ApiClient.Reply again = admin.put("api/patients/" + id + "/care-team/nurse.kim", "{}", null);
        assertEquals(200, again.status(), "adding a member twice changes nothing");

        assertEquals(200, nurseKim.get("api/patients/" + id).status(), "membership grants access at once");

        ApiClient.Reply wrongRole = drLee.put("api/patients/" + id + "/care-team/pt.garcia", "{\"role\":\"nurse\"}", null);
        assertEquals(400, wrongRole.status(), wrongRole::toString);
        assertEquals("role", wrongRole.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiClient.Reply notClinician = drLee.put("api/patients/" + id + "/care-team/pat.doe", "{}", null);
        assertEquals(400, notClinician.status());
        assertEquals(404, drLee.put("api/patients/" + id + "/care-team/no.such.user", "{}", null).status());
        assertEquals(201, drLee.put("api/patients/" + id + "/care-team/pt.garcia", "{}", null).status(),
                "a physician on the team adds members");

        assertEquals(403, nurseKim.put("api/patients/" + id + "/care-team/psy.novak", "{}", null).status(),
                "nurses do not add members");
        assertEquals(403, drOkafor.put("api/patients/" + id + "/care-team/dr.okafor", "{}", null).status(),
                "a physician cannot add themself to a team they are not on");

        List<String> members = drLee.get("api/patients/" + id + "/care-team").array().getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("username")).toList();
        assertEquals(List.of("dr.lee", "nurse.kim", "pt.garcia"), members);
    }

    @Test
    void searchIsPagedInTheDatabaseAndFindsNamesWithoutAccentsOrCase() {
        String family = "Pagination" + Clinic.unique();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, drLee.post("api/patients", patientJson(Clinic.newMrn(), "Test", family)).status());
        }
        JsonObject first = drLee.get("api/patients?q=" + family.toUpperCase(Locale.ROOT) + "&size=2").json();
        assertEquals(5, first.getInt("total"));
        assertEquals(2, first.getJsonArray("items").size());
        JsonObject last = drLee.get("api/patients?q=" + family + "&size=2&page=2").json();
        assertEquals(1, last.getJsonArray("items").size());
        assertEquals(0, drOkafor.get("api/patients?q=" + family).json().getInt("total"),
                "nobody finds patients they may not open");

        TestPatient fernandez = clinic.newPatient("María", "Fernández");
        String folded = fernandez.familyName().replace("á", "a").toLowerCase(Locale.ROOT);
        JsonObject maria = drLee.get("api/patients?q=" + folded + "%20mar").json();
        assertEquals(1, maria.getInt("total"));
        assertEquals("María", maria.getJsonArray("items").getJsonObject(0).getString("givenName"));
        assertEquals(0, drLee.get("api/patients?q=%25").json().getInt("total"), "wildcards are not search syntax");
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() {
        long id = registerAsDrLee("Versioned");
        ApiClient.Reply read = drLee.get("api/patients/" + id);
        String etag = read.etag().orElseThrow();
        String mrn = read.json().getString("mrn");

        assertEquals(428, drLee.put("api/patients/" + id, patientJson(mrn, "Test", "Versioned"), null).status());
        ApiClient.Reply first = drLee.put("api/patients/" + id, patientJson(mrn, "Tess", "Versioned"), etag);
        assertEquals(200, first.status(), first::toString);
        assertNotEquals(etag, first.etag().orElseThrow());

        ApiClient.Reply stale = drLee.put("api/patients/" + id, patientJson(mrn, "Theresa", "Versioned"), etag);
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem());
        assertEquals("Tess", drLee.get("api/patients/" + id).json().getString("givenName"), "the first change stands");
    }

    @Test
    void theAuditorReadsAndVerifiesTheTrailAndNobodyElseDoes() {
        long id = registerAsDrLee("Audited");
        drLee.get("api/patients/" + id);
        List<JsonObject> events = clinic.auditEvents(id);
        assertTrue(events.size() >= 2);
        for (JsonObject e : events) {
            assertEquals(id, e.getJsonNumber("patientId").longValue());
            assertFalse(e.getString("occurredAt").isBlank());
            assertEquals(64, e.getString("hash").length());
        }
        assertTrue(events.get(0).getJsonNumber("id").longValue() > events.get(1).getJsonNumber("id").longValue(),
                "newest first");

        ApiClient.Reply verify = auditor.get("api/audit/verify");
        assertEquals(200, verify.status(), verify::toString);
        assertTrue(verify.json().getBoolean("intact"), verify::toString);
        assertTrue(verify.json().getJsonNumber("eventsChecked").longValue() >= events.size());
        assertEquals(JsonValue.ValueType.NULL, verify.json().getOrDefault("firstBrokenEventId", JsonValue.NULL)
                .getValueType());

        assertEquals(403, drLee.get("api/audit/verify").status());
        assertEquals(403, admin.get("api/audit").status());
        assertEquals(403, auditor.get("api/patients/" + id).status(), "auditors have no chart access");
    }

    @Test
    void theAdministratorCreatesAccountsThatSignInOnceTheirOwnerChoseAPassword() {
        String username = "dr.it" + Clinic.unique();
        String account = "{\"username\":\"" + username + "\",\"displayName\":\"Dr. Integration\","
                + "\"role\":\"physician\",\"password\":\"a long passphrase\"}";
        assertEquals(403, drLee.post("api/users", account).status(), "only administrators create accounts");

        ApiClient.Reply weak = admin.post("api/users", "{\"username\":\"X Y\",\"displayName\":\"\","
                + "\"role\":\"surgeon\",\"password\":\"short\"}");
        assertEquals(400, weak.status(), weak::toString);
        assertEquals(List.of("username", "displayName", "role", "password"), weak.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());

        ApiClient.Reply created = admin.post("api/users", account);
        assertEquals(201, created.status(), created::toString);
        assertEquals("physician", created.json().getString("role"));
        assertFalse(created.body().contains("password"), "the hash never leaves the server");
        assertEquals(409, admin.post("api/users", account).status());

        ApiClient.Reply temporary = ApiClient.as(base, username, "a long passphrase").get("api/patients");
        assertEquals(403, temporary.status(), "the administrator's password only serves to choose one");
        assertTrue(temporary.json().getString("detail").contains("POST /api/account/password"), temporary::toString);
        assertEquals(204, clinic.choosePassword(username, "a long passphrase", "my own passphrase").status());
        assertEquals(401, ApiClient.as(base, username, "a long passphrase").get("api/patients").status());
        ApiClient newcomer = ApiClient.as(base, username, "my own passphrase");
        assertEquals(0, newcomer.get("api/patients").json().getInt("total"), "a new clinician is on no care team");
        long id = registerAsDrLee("Linked");
        assertEquals(201, drLee.put("api/patients/" + id + "/care-team/" + username, "{}", null).status());
        assertEquals(200, newcomer.get("api/patients/" + id).status());

        String patientUser = "pat.it" + Clinic.unique();
        ApiClient.Reply unlinked = admin.post("api/users", "{\"username\":\"" + patientUser + "\",\"displayName\":"
                + "\"Test Linked\",\"role\":\"patient\",\"password\":\"another passphrase\"}");
        assertEquals("patientId", unlinked.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(201, admin.post("api/users", "{\"username\":\"" + patientUser + "\",\"displayName\":"
                + "\"Test Linked\",\"role\":\"patient\",\"password\":\"another passphrase\",\"patientId\":" + id
                + "}").status());
        assertEquals(204, clinic.choosePassword(patientUser, "another passphrase", "the patient's own").status());
        ApiClient.Reply own = ApiClient.as(base, patientUser, "the patient's own").get("api/patients/" + id);
        assertEquals(200, own.status(), own::toString);
        assertEquals("own record", own.json().getString("access"));

        // Deactivation refuses the account's next request; reactivation lets it back in.
        String path = "api/users/" + username + "/active";
        assertEquals(403, drLee.put(path, "{\"active\":false}", null).status(), "only administrators deactivate");
        assertEquals(400, admin.put(path, "{}", null).status(), "active is required");
        assertEquals(404, admin.put("api/users/no.such.user/active", "{\"active\":false}", null).status());
        int nul = admin.put("api/users/no%00one/active", "{\"active\":false}", null).status();
        assertTrue(nul == 400 || nul == 404, "a user name with NUL is no account, not a failure: " + nul);
        assertEquals(409, admin.put("api/users/admin/active", "{\"active\":false}", null).status(),
                "an administrator cannot lock themself out");
        ApiClient.Reply off = admin.put(path, "{\"active\":false}", null);
        assertEquals(200, off.status(), off::toString);
        assertFalse(off.json().getBoolean("active"));
        assertEquals(401, newcomer.get("api/patients/" + id).status(), "refused at once, despite the remembered password");
        assertEquals(200, admin.put(path, "{\"active\":true}", null).status());
        assertEquals(200, newcomer.get("api/patients/" + id).status());
    }
}
