package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FHIR Bulk Data export (Bulk Data Access IG 2.0.0) as the hospital's data warehouse uses it: an
 * account with the bulk-export role kicks off {@code Patient/$export}, polls the status URL,
 * downloads NDJSON files that validate as FHIR, exports only what changed with {@code _since}, and
 * cancels; everyone else is refused, and each exported patient's trail names the export.
 */
class FhirBulkExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static Clinic clinic;
    private static TestPatient jane;
    private static String warehouse;

    @BeforeAll
    static void aPatientWithAYearOfHistoryAndAWarehouseAccount() {
        clinic = Clinic.builtIn();
        jane = clinic.newPatient("Jane", "Bulk", "psy.novak", "nurse.kim", "pt.garcia");
        YearOfData.write(clinic, jane, clinic.patientAccount(jane), LocalDate.now());
        // a booked procedure: a ServiceRequest with its eligibility, read with the export's role too
        ApiClient.Reply booked = clinic.as("dr.lee").post(jane.path() + "/procedures",
                "{\"procedure\":\"TRIGGER_POINT\",\"date\":\"" + LocalDate.now().plusDays(3) + "\"}");
        assertEquals(201, booked.status(), booked::toString);
        warehouse = clinic.staffAccount("warehouse", "Data warehouse", "bulk-export");
        FhirValidation.knowQuestionnaires(clinic.as("dr.lee"));
    }

    private record Answer(int status, String body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of("")).get(0);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The first issue's diagnostics of an OperationOutcome. */
        String diagnostics() {
            JsonObject outcome = json();
            assertEquals("OperationOutcome", outcome.getString("resourceType"), body);
            return outcome.getJsonArray("issue").getJsonObject(0).getString("diagnostics");
        }
    }

    private static Answer send(String user, String password, String method, String pathOrUrl, String... headers) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : clinic.base().resolve(pathOrUrl);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> named = new HashMap<>();
            r.headers().map().forEach((k, v) -> named.put(k.toLowerCase(), v));
            return new Answer(r.statusCode(), r.body(), named);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + uri + ": " + e, e);
        }
    }

    private static Answer asWarehouse(String method, String pathOrUrl, String... headers) {
        return send(warehouse, Clinic.STAFF_PASSWORD, method, pathOrUrl, headers);
    }

    private static Answer kickOff(String query) {
        return asWarehouse("GET", "fhir/Patient/$export" + query, "Prefer", "respond-async",
                "Accept", "application/fhir+json");
    }

    /** Polls the status URL as a client would, honouring Retry-After, until the export is no longer running. */
    private static Answer completed(String statusUrl) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Answer status = asWarehouse("GET", statusUrl);
            if (status.status() != 202) {
                return status;
            }
            assertFalse(status.header("X-Progress").isEmpty(), "a running export tells its progress");
            Thread.sleep(Math.min(1000, 1000L * Integer.parseInt(status.header("Retry-After"))));
        }
        throw new AssertionError("export not complete within " + PATIENCE);
    }

    private static String started(Answer kickOff) {
        assertEquals(202, kickOff.status(), kickOff::toString);
        String statusUrl = kickOff.header("Content-Location");
        assertTrue(statusUrl.startsWith("http") && statusUrl.contains("/api/bulk-export/"), statusUrl);
        return statusUrl;
    }

    /** Each file of the manifest, downloaded: type to its resources as the server wrote them. */
    private static Map<String, List<String>> files(JsonObject manifest) {
        Map<String, List<String>> files = new HashMap<>();
        for (JsonObject file : manifest.getJsonArray("output").getValuesAs(JsonObject.class)) {
            Answer ndjson = asWarehouse("GET", file.getString("url"), "Accept", "application/fhir+ndjson");
            assertEquals(200, ndjson.status(), ndjson::toString);
            assertTrue(ndjson.header("Content-Type").startsWith("application/fhir+ndjson"), ndjson.header("Content-Type"));
            List<String> lines = ndjson.body().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(file.getInt("count"), lines.size(), "the manifest counts the lines of " + file);
            files.put(file.getString("type"), lines);
        }
        return files;
    }

    private static boolean isJanes(String line) {
        return line.contains("\"reference\":\"Patient/" + jane.id() + "\"")
                || line.startsWith("{\"resourceType\":\"Patient\",\"id\":\"" + jane.id() + "\"");
    }

    @Test
    void theWarehouseExportsEveryPatientAsValidNdjsonAndEachPatientsTrailSaysSo() throws Exception {
        String statusUrl = started(kickOff(""));
        Answer done = completed(statusUrl);
        assertEquals(200, done.status(), done::toString);
        JsonObject manifest = done.json();
        assertTrue(manifest.getBoolean("requiresAccessToken"));
        assertTrue(manifest.getString("request").endsWith("/fhir/Patient/$export"), manifest.getString("request"));
        Instant.parse(manifest.getString("transactionTime"));
        assertEquals(0, manifest.getJsonArray("error").size());
        assertFalse(done.header("Expires").isEmpty(), "the files' expiry is stated");

        Map<String, List<String>> files = files(manifest);
        assertTrue(files.keySet().containsAll(List.of("Patient", "CareTeam", "Condition", "QuestionnaireResponse",
                "Observation", "Procedure", "ServiceRequest", "MedicationRequest", "CarePlan", "Goal")),
                files.keySet()::toString);
        List<String> errors = new ArrayList<>();
        int janes = 0;
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            for (String line : file.getValue()) {
                IBaseResource resource = FhirValidation.CONTEXT.newJsonParser().parseResource(line);
                assertEquals(file.getKey(), ((Resource) resource).fhirType(), "each file holds its own type only");
                if (isJanes(line)) {
                    janes++;
                    FhirValidation.errors(resource).forEach(e -> errors.add(file.getKey() + ": " + e));
                }
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(janes > 30, "a year of Jane's history is in the files: " + janes);

        List<JsonObject> trail = clinic.auditEvents(jane.id());
        assertTrue(trail.stream().anyMatch(e -> e.getString("username").equals(warehouse)
                && e.getString("purpose", "").equals("bulk export")), "Jane's trail names the export");
        JsonObject kickOffEvent = clinic.as("auditor").get("api/audit?user=" + warehouse + "&flagged=true&size=50")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("detail", "").contains("of every patient started")).findFirst().orElseThrow();
        assertTrue(kickOffEvent.getBoolean("flagged"), "the kick-off is flagged for review");

        assertEquals(202, asWarehouse("DELETE", statusUrl).status(), "the warehouse deletes the files it has loaded");
        assertEquals(404, asWarehouse("GET", statusUrl).status());
        assertEquals(404, asWarehouse("GET", manifest.getJsonArray("output").getJsonObject(0).getString("url")).status());
    }

    @Test
    void sinceExportsOnlyThePatientsWhoseRecordChangedAndTypeOnlyTheTypesAsked() throws Exception {
        TestPatient unchanged = clinic.newPatient("Ulla", "Unchanged");
        TestPatient changed = clinic.newPatient("Carl", "Changed");
        Answer first = completed(started(kickOff("?_type=Patient")));
        assertEquals(200, first.status(), first::toString);
        String since = first.json().getString("transactionTime");
        assertEquals(List.of("Patient"), first.json().getJsonArray("output").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("type")).toList());

        ApiClient.Reply diagnosis = clinic.as("dr.lee").post(changed.path() + "/diagnoses",
                "{\"system\":\"ICD10CM\",\"code\":\"M54.50\"}");
        assertEquals(201, diagnosis.status(), diagnosis::toString);
        Answer second = completed(started(kickOff("?_type=Patient,Condition&_since="
                + URLEncoder.encode(since, StandardCharsets.UTF_8))));
        assertEquals(200, second.status(), second::toString);
        Map<String, List<String>> files = files(second.json());
        String patients = String.join("\n", files.get("Patient"));
        assertTrue(patients.contains("\"id\":\"" + changed.id() + "\""), "the changed record is exported");
        assertFalse(patients.contains("\"id\":\"" + unchanged.id() + "\""), "the unchanged one is not");
        assertTrue(files.get("Condition").stream().anyMatch(l -> l.contains("M54.50")
                && l.contains("Patient/" + changed.id())));
        assertTrue(second.json().getString("request").contains("_since="), "the manifest repeats the request");
    }

    @Test
    void wrongParametersAreNamedAndOnlyTheBulkExportRoleMayExport() {
        Answer noPrefer = asWarehouse("GET", "fhir/Patient/$export", "Accept", "application/fhir+json");
        assertEquals(400, noPrefer.status(), noPrefer::toString);
        assertTrue(noPrefer.diagnostics().contains("respond-async"), noPrefer.body());

        Answer type = kickOff("?_type=Patient,Encounter");
        assertEquals(400, type.status(), type::toString);
        assertTrue(type.body().contains("_type") && type.body().contains("Encounter"), type.body());
        Answer since = kickOff("?_since=yesterday");
        assertEquals(400, since.status(), since::toString);
        assertTrue(since.body().contains("_since"), since.body());
        Answer filter = kickOff("?_typeFilter=Condition%3Fcode%3DM54.50");
        assertEquals(400, filter.status(), "an unsupported parameter is refused, not ignored: " + filter);

        Answer physician = send("dr.lee", "demo", "GET", "fhir/Patient/$export", "Prefer", "respond-async");
        assertEquals(403, physician.status(), physician::toString);
        String statusUrl = started(kickOff("?_type=Patient"));
        assertEquals(403, send("dr.lee", "demo", "GET", statusUrl).status(), "nor read an export's status");
        String other = clinic.staffAccount("warehouse", "Second warehouse", "bulk-export");
        assertEquals(404, send(other, Clinic.STAFF_PASSWORD, "GET", statusUrl).status(),
                "another warehouse account does not see this export");
        assertEquals(403, PortalSession.signIn(clinic.base(), warehouse, Clinic.STAFF_PASSWORD)
                .status("app/worklist.xhtml"), "a system account has no portal");
        assertEquals(403, asWarehouse("GET", "fhir/Patient/" + jane.id()).status(),
                "nor does it read a record one by one");
        asWarehouse("DELETE", statusUrl);
    }
}
