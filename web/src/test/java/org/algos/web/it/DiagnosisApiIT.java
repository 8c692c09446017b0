package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagnosis API: instruments, assessments and trends, alerts, pain, diagnoses, imaging, blocks. */
class DiagnosisApiIT {


    private Clinic clinic;
    private URI base;
    private ApiClient drLee;
    private ApiClient drOkafor;
    private ApiClient nurseKim;
    private ApiClient psyNovak;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        base = clinic.base();
        drLee = clinic.as("dr.lee");
        drOkafor = clinic.as("dr.okafor");
        nurseKim = clinic.as("nurse.kim");
        psyNovak = clinic.as("psy.novak");
    }

    /** A new patient with dr.lee, nurse.kim and psy.novak on the care team. */
    private long newPatient() {
        return clinic.register("dr.lee", "Dia", "Gnosis", "1965-05-05", "female", "nurse.kim", "psy.novak").id();
    }

    /** Answers "1".."n" all with the same value. */
    private static String all(int items, int value) {
        return "{" + IntStream.rangeClosed(1, items).mapToObj(i -> "\"" + i + "\":" + value)
                .collect(Collectors.joining(",")) + "}";
    }

    /** ODI answers with the given section scores. */
    private static String odi(int... sections) {
        return "{" + IntStream.range(0, sections.length).mapToObj(i -> "\"" + (i + 1) + "\":" + sections[i])
                .collect(Collectors.joining(",")) + "}";
    }

    private ApiClient.Reply storeOdi(ApiClient who, long patient, String takenAt, int... sections) {
        return who.post("api/patients/" + patient + "/assessments",
                "{\"instrument\":\"ODI\",\"takenAt\":\"" + takenAt + "\",\"answers\":" + odi(sections) + "}");
    }

    @Test
    void theCatalogueListsTheTenInstrumentsWithTheirItems() {
        JsonArray all = drLee.get("api/instruments").array();
        assertEquals(List.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS", "DN4", "PEG", "STARTBACK", "ORT"),
                all.getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList());
        JsonObject odi = drLee.get("api/instruments/odi").json();
        assertEquals(10, odi.getJsonArray("items").size());
        assertEquals(5, odi.getJsonArray("items").getJsonObject(0).getInt("max"));
        assertEquals(10.0, odi.getJsonObject("mcid").getJsonNumber("amount").doubleValue());
        assertEquals(404, drLee.get("api/instruments/NOPE").status());
        assertEquals(404, drLee.post("api/instruments/NOPE/score", "{\"answers\":{}}").status());
    }

    @Test
    void scoringFollowsThePublishedRulesAndRejectsBadAnswersByItem() {
        JsonObject odi = drLee.post("api/instruments/ODI/score", "{\"answers\":" + all(10, 2) + "}").json();
        assertEquals(40.0, odi.getJsonNumber("percent").doubleValue());
        assertEquals("moderate", odi.getString("band"));

        JsonObject missingOne = drLee.post("api/instruments/ODI/score",
                "{\"answers\":" + odi(5, 5, 3, 0, 0, 0, 0, 1, 2) + "}").json();
        assertEquals(35.6, missingOne.getJsonNumber("percent").doubleValue(), "16 of 45 (clinical reference)");
        assertTrue(missingOne.getBoolean("valid"));

        ApiClient.Reply outOfRange = drLee.post("api/instruments/ODI/score", "{\"answers\":{\"3\":6,\"12\":1}}");
        assertEquals(400, outOfRange.status());
        List<String> fields = outOfRange.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("answers.3", "answers.12")), fields::toString);
        assertEquals(400, drLee.post("api/instruments/PHQ9/score", "{\"answers\":{\"1\":1.5}}").status());

        JsonObject phq = drLee.post("api/instruments/PHQ9/score", "{\"answers\":{\"1\":0,\"2\":0,\"3\":0,\"4\":0,"
                + "\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":1}}").json();
        assertEquals(1.0, phq.getJsonNumber("total").doubleValue());
        assertEquals(1, phq.getJsonArray("alerts").size(), "item 9 above 0 raises an alert");

        ApiClient.Reply noSex = drLee.post("api/instruments/ORT/score", "{\"answers\":{\"familyAlcohol\":true}}");
        assertEquals(400, noSex.status());
        assertEquals("sex", noSex.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String ort = "\"answers\":{\"familyAlcohol\":true,\"age16to45\":true}";
        assertEquals(2.0, drLee.post("api/instruments/ORT/score", "{" + ort + ",\"sex\":\"female\"}").json()
                .getJsonNumber("total").doubleValue(), "Webster 2005: family alcohol 1 (female) + age 1");
        assertEquals(4.0, drLee.post("api/instruments/ORT/score", "{" + ort + ",\"sex\":\"male\"}").json()
                .getJsonNumber("total").doubleValue(), "family alcohol 3 (male) + age 1");
    }

    @Test
    void odiHistoryShowsChangeFromBaselineAndMcidAtTenPoints() {
        long p = newPatient();
        assertEquals(201, storeOdi(drLee, p, "2026-09-01T09:00:00Z", 3, 3, 3, 3, 3, 2, 2, 2, 2, 2).status()); // 50 %
        ApiClient.Reply second = storeOdi(nurseKim, p, "2026-10-01T09:00:00Z", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2); // 40 %
        assertEquals(201, second.status(), second::toString);
        assertEquals(40.0, second.json().getJsonNumber("percent").doubleValue(), "scored on the server");
        assertEquals(201, storeOdi(drLee, p, "2026-11-01T09:00:00Z", 3, 3, 3, 2, 2, 2, 2, 2, 2, 2).status()); // 46 %

        List<JsonObject> history = drLee.get("api/patients/" + p + "/assessments?instrument=ODI").array()
                .getValuesAs(JsonObject.class);
        assertEquals(3, history.size());
        assertTrue(history.get(0).getBoolean("baseline"));
        assertEquals(-10.0, history.get(1).getJsonNumber("changeFromBaseline").doubleValue());
        assertTrue(history.get(1).getBoolean("mcidReached"), "exactly 10 points (Ostelo 2008) is reached");
        assertEquals(-4.0, history.get(2).getJsonNumber("changeFromBaseline").doubleValue());
        assertFalse(history.get(2).getBoolean("mcidReached"));
        assertEquals(400, drLee.get("api/patients/" + p + "/assessments").status(), "the instrument is required");
    }

    @Test
    void aClinicianOutsideTheTeamCanNeitherRecordNorRead() {
        long p = newPatient();
        assertEquals(403, storeOdi(drOkafor, p, "2026-11-01T09:00:00Z", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).status());
        assertEquals(403, drOkafor.get("api/patients/" + p + "/assessments?instrument=ODI").status());
        assertEquals(403, drOkafor.get("api/patients/" + p + "/diagnostic-blocks").status());
        assertEquals(403, drOkafor.get("api/patients/" + p + "/diagnoses").status());
        assertEquals(403, drOkafor.get("api/patients/" + p + "/pain-assessments").status());
        assertEquals(403, drOkafor.post("api/patients/" + p + "/diagnostic-blocks", "{\"type\":\"MBB_LUMBAR\","
                + "\"side\":\"left\",\"levels\":\"L4-L5\",\"agent\":\"lidocaine 2%\",\"painBefore\":6,\"painAfter\":1,"
                + "\"performedOn\":\"2026-11-01\"}").status());
    }

    @Test
    void eachRoleRecordsTheInstrumentsItMay() {
        long p = newPatient();
        String phq = "{\"instrument\":\"PHQ9\",\"answers\":" + all(9, 0) + "}";
        assertEquals(201, psyNovak.post("api/patients/" + p + "/assessments", phq).status());
        assertEquals(403, storeOdi(psyNovak, p, "2026-11-01T09:00:00Z", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).status(),
                "psychologists record mood and catastrophizing, not disability");
        ApiClient.Reply future = drLee.post("api/patients/" + p + "/assessments",
                "{\"instrument\":\"PHQ9\",\"takenAt\":\"2999-01-01T00:00:00Z\",\"answers\":" + all(9, 0) + "}");
        assertEquals(400, future.status());
        assertEquals("takenAt", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        TestPatient jane = clinic.newPatient("Jane", "Doe");
        ApiClient janesAccount = clinic.patientAccount(jane).api();
        assertEquals(201, janesAccount.post(jane.path() + "/assessments", phq).status(),
                "patients complete their own questionnaires");
        assertEquals(403, janesAccount.post(jane.path() + "/assessments",
                "{\"instrument\":\"ORT\",\"answers\":{}}").status(), "the ORT is clinician-administered");
        assertEquals(403, janesAccount.post("api/patients/" + p + "/assessments", phq).status(), "not someone else's");
    }

    @Test
    void aPhq9SelfHarmAnswerRaisesAnAlertUntilAClinicianAcknowledgesIt() {
        long p = newPatient();
        ApiClient.Reply stored = drLee.post("api/patients/" + p + "/assessments",
                "{\"instrument\":\"PHQ9\",\"answers\":{\"1\":2,\"2\":2,\"3\":1,\"4\":1,\"5\":0,\"6\":1,\"7\":0,\"8\":0,\"9\":2}}");
        assertEquals(201, stored.status(), stored::toString);
        assertEquals("mild", stored.json().getString("band"), "total 9 is mild (5-9)");
        JsonArray alerts = nurseKim.get("api/patients/" + p + "/alerts").array();
        assertEquals(1, alerts.size());
        long alertId = alerts.getJsonObject(0).getJsonNumber("id").longValue();

        ApiClient.Reply ack = nurseKim.post("api/patients/" + p + "/alerts/" + alertId + "/acknowledge", "");
        assertEquals(200, ack.status(), ack::toString);
        assertEquals("nurse.kim", ack.json().getString("acknowledgedBy"));
        assertEquals(0, drLee.get("api/patients/" + p + "/alerts").array().size());
        assertEquals(409, drLee.post("api/patients/" + p + "/alerts/" + alertId + "/acknowledge", "").status());

        List<JsonObject> audit = ApiClient.as(base, "auditor").get("api/audit?patientId=" + p + "&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("resource").equals("SafetyAlert/" + alertId)
                && e.getString("username").equals("nurse.kim") && e.getString("action").equals("UPDATE")));
    }

    @Test
    void medialBranchBlocksArePositiveAtEightyPercentReliefOthersAtFifty() {
        long p = newPatient();
        String mbb = "{\"type\":\"MBB_LUMBAR\",\"side\":\"bilateral\",\"levels\":[\"L4-L5\",\"L5-S1\"],"
                + "\"agent\":\"bupivacaine 0.5%\",\"performedOn\":\"2026-10-01\",";
        JsonObject exactly80 = drLee.post("api/patients/" + p + "/diagnostic-blocks",
                mbb + "\"painBefore\":5,\"painAfter\":1}").json();
        assertEquals(80.0, exactly80.getJsonNumber("reliefPercent").doubleValue());
        assertTrue(exactly80.getBoolean("positive"), "exactly 80 % is positive (CMS LCD L38803)");
        assertTrue(exactly80.getString("source").contains("L38803"));
        assertEquals(List.of("L4-L5", "L5-S1"), exactly80.getJsonArray("levels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject seventyFive = drLee.post("api/patients/" + p + "/diagnostic-blocks",
                mbb + "\"painBefore\":8,\"painAfter\":2}").json();
        assertEquals(75.0, seventyFive.getJsonNumber("reliefPercent").doubleValue());
        assertFalse(seventyFive.getBoolean("positive"));

        JsonObject sij = drLee.post("api/patients/" + p + "/diagnostic-blocks", "{\"type\":\"SIJ_DIAGNOSTIC\","
                + "\"side\":\"left\",\"agent\":\"lidocaine 2%\",\"painBefore\":6,\"painAfter\":3,"
                + "\"performedOn\":\"2026-10-02\"}").json();
        assertEquals(50.0, sij.getJsonNumber("reliefPercent").doubleValue());
        assertTrue(sij.getBoolean("positive"), "other blocks are positive at 50 %");

        ApiClient.Reply zero = drLee.post("api/patients/" + p + "/diagnostic-blocks", mbb + "\"painBefore\":0,\"painAfter\":0}");
        assertEquals(400, zero.status());
        assertEquals("painBefore", zero.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiClient.Reply eleven = drLee.post("api/patients/" + p + "/diagnostic-blocks", mbb + "\"painBefore\":11,\"painAfter\":2}");
        assertEquals(400, eleven.status());
        ApiClient.Reply wrongRegion = drLee.post("api/patients/" + p + "/diagnostic-blocks", "{\"type\":\"MBB_LUMBAR\","
                + "\"side\":\"left\",\"levels\":\"C5-C6\",\"agent\":\"lidocaine\",\"painBefore\":6,\"painAfter\":1,"
                + "\"performedOn\":\"2026-10-01\"}");
        assertEquals(400, wrongRegion.status());
        assertEquals("levels", wrongRegion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, nurseKim.post("api/patients/" + p + "/diagnostic-blocks", mbb + "\"painBefore\":5,\"painAfter\":1}")
                .status(), "physicians document blocks");

        assertEquals(3, nurseKim.get("api/patients/" + p + "/diagnostic-blocks").array().size());
    }

    @Test
    void diagnosesComeFromTheCodeListWithOnePrimaryAndVersionedStatusChanges() {
        long p = newPatient();
        ApiClient.Reply first = drLee.post("api/patients/" + p + "/diagnoses",
                "{\"system\":\"ICD11\",\"code\":\"MG30.5\",\"primary\":true,\"onsetDate\":\"2025-01-15\"}");
        assertEquals(201, first.status(), first::toString);
        assertEquals("Chronic neuropathic pain", first.json().getString("title"));
        ApiClient.Reply second = drLee.post("api/patients/" + p + "/diagnoses",
                "{\"system\":\"ICD10CM\",\"code\":\"M47.816\",\"primary\":true}");
        assertEquals(201, second.status());
        List<JsonObject> list = nurseKim.get("api/patients/" + p + "/diagnoses").array().getValuesAs(JsonObject.class);
        assertEquals(2, list.size());
        assertEquals("M47.816", list.get(0).getString("code"), "the new primary comes first");
        assertFalse(list.get(1).getBoolean("primary"), "one primary at a time");

        ApiClient.Reply unknown = drLee.post("api/patients/" + p + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"Z99.99\"}");
        assertEquals(400, unknown.status());
        assertEquals("code", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, nurseKim.post("api/patients/" + p + "/diagnoses", "{\"system\":\"ICD11\",\"code\":\"MG30.0\"}")
                .status());

        long id = list.get(0).getJsonNumber("id").longValue();
        long version = list.get(0).getJsonNumber("version").longValue();
        ApiClient.Reply resolved = drLee.put("api/patients/" + p + "/diagnoses/" + id + "/status",
                "{\"status\":\"resolved\"}", "\"" + version + "\"");
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals("resolved", resolved.json().getString("status"));
        assertEquals(409, drLee.put("api/patients/" + p + "/diagnoses/" + id + "/status", "{\"status\":\"active\"}",
                "\"" + version + "\"").status(), "a stale version is refused");

        List<String> codes = drLee.get("api/diagnosis-codes?q=lumbar%20spondylosis").array().getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("code")).toList();
        assertTrue(codes.contains("M47.816"), codes::toString);
    }

    @Test
    void imagingFindingsAndPainAssessmentsAreRecordedWithLevelsSidesAndTheBodyMap() {
        long p = newPatient();
        ApiClient.Reply mri = drLee.post("api/patients/" + p + "/imaging-findings", "{\"modality\":\"mri\","
                + "\"studyDate\":\"2026-08-20\",\"finding\":\"facet-arthropathy\",\"levels\":\"L4-L5, L5-S1\","
                + "\"side\":\"bilateral\",\"reportText\":\"Moderate bilateral facet arthropathy L4-S1.\"}");
        assertEquals(201, mri.status(), mri::toString);
        assertEquals(2, mri.json().getJsonArray("levels").size());
        ApiClient.Reply badModality = drLee.post("api/patients/" + p + "/imaging-findings",
                "{\"modality\":\"pet\",\"studyDate\":\"2026-08-20\",\"finding\":\"other\"}");
        assertEquals(400, badModality.status());
        assertEquals(List.of("modality", "reportText"), badModality.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());

        String pain = "{\"nrsNow\":6,\"nrsWorst\":8,\"nrsAverage\":%d,\"painType\":\"mixed\",\"onsetDate\":\"2025-06-01\","
                + "\"aggravating\":\"standing\",\"bodyMap\":[{\"region\":\"lower_back\",\"side\":\"bilateral\",\"intensity\":7},"
                + "{\"region\":\"thigh\",\"side\":\"left\",\"intensity\":4}]}";
        ApiClient.Reply firstPain = nurseKim.post("api/patients/" + p + "/pain-assessments", String.format(pain, 6));
        assertEquals(201, firstPain.status(), firstPain::toString);
        assertTrue(firstPain.json().getBoolean("chronic"), "pain since 2025-06 is more than 3 months old");
        assertEquals(2, firstPain.json().getJsonArray("bodyMap").size());
        assertEquals(201, nurseKim.post("api/patients/" + p + "/pain-assessments", String.format(pain, 4)).status());

        List<JsonObject> history = drLee.get("api/patients/" + p + "/pain-assessments").array().getValuesAs(JsonObject.class);
        assertEquals(-2, history.get(1).getInt("changeFromBaseline"));
        assertTrue(history.get(1).getBoolean("clinicallyImportant"), "a 2-point fall is important (Farrar 2001)");

        ApiClient.Reply inconsistent = nurseKim.post("api/patients/" + p + "/pain-assessments",
                "{\"nrsNow\":9,\"nrsWorst\":5,\"nrsAverage\":7,\"painType\":\"burning\",\"bodyMap\":[{\"region\":\"tail\","
                        + "\"side\":\"left\",\"intensity\":3}]}");
        assertEquals(400, inconsistent.status());
        List<String> fields = inconsistent.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("nrsWorst", "nrsAverage", "painType", "bodyMap[0].region")), fields::toString);
    }

    @Test
    void aPatientCompletesTheQuestionnaireTheTeamAssignedAndTheTeamSeesIt() {
        TestPatient patient = clinic.newPatient("Jane", "Doe");
        long jane = patient.id();
        Clinic.PatientAccount account = clinic.patientAccount(patient);
        ApiClient janesAccount = account.api();
        String due = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7).toString();
        assertEquals(400, drLee.post("api/patients/" + jane + "/questionnaire-assignments",
                "{\"instrument\":\"ORT\",\"dueOn\":\"" + due + "\"}").status(), "the ORT is not self-completed");
        assertEquals(403, drOkafor.post("api/patients/" + jane + "/questionnaire-assignments",
                "{\"instrument\":\"GAD7\",\"dueOn\":\"" + due + "\"}").status());
        ApiClient.Reply assigned = drLee.post("api/patients/" + jane + "/questionnaire-assignments",
                "{\"instrument\":\"GAD7\",\"dueOn\":\"" + due + "\"}");
        assertEquals(201, assigned.status(), assigned::toString);
        long id = assigned.json().getJsonNumber("id").longValue();
        assertTrue(janesAccount.get("api/patients/" + jane + "/questionnaire-assignments").array().getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getJsonNumber("id").longValue() == id), "the patient sees the request");

        assertEquals(201, janesAccount.post("api/patients/" + jane + "/assessments",
                "{\"instrument\":\"GAD7\",\"answers\":" + all(7, 1) + "}").status());
        assertFalse(janesAccount.get("api/patients/" + jane + "/questionnaire-assignments").array().getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getJsonNumber("id").longValue() == id), "completing it closes the request");
        List<JsonObject> history = drLee.get("api/patients/" + jane + "/assessments?instrument=GAD7").array()
                .getValuesAs(JsonObject.class);
        JsonObject last = history.get(history.size() - 1);
        assertEquals(7.0, last.getJsonNumber("total").doubleValue());
        assertEquals("mild", last.getString("band"), "GAD-7 total 7 is mild (5-9)");
        assertEquals(account.username(), last.getString("recordedBy"));
    }
}
