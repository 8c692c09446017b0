package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.algos.web.kit.document.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinic's documents through the API and FHIR: each made from the record as it stands,
 * stored with its hash, downloaded as the same PDF, readable for what a reader looks for, and
 * valid PDF/UA-1 and PDF/A-3u; under the chart's access rules.
 */
class DocumentsIT {

    private static final LocalDate TODAY = LocalDate.now();

    private Clinic clinic;
    private ApiClient drLee;

    @BeforeEach
    void clinic() {
        clinic = Clinic.builtIn();
        drLee = clinic.as("dr.lee");
    }

    private static void created(ApiClient.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
    }

    private static long id(ApiClient.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject make(ApiClient api, TestPatient patient, String body) {
        ApiClient.Reply made = api.post(patient.path() + "/documents", body);
        created(made);
        assertTrue(made.location().orElseThrow().endsWith(patient.path() + "/documents/" + id(made)), made::toString);
        return made.json();
    }

    /** The stored PDF, checked against the hash the API gave and validated. */
    private static byte[] pdf(ApiClient api, TestPatient patient, JsonObject document) {
        ApiClient.Bytes pdf = api.getBytes(patient.path() + "/documents/" + document.getJsonNumber("id"),
                "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals(document.getString("sha256"), sha256(pdf.body()), "the download is the stored document");
        PdfChecks.assertPdfUaAndPdfA(pdf.body());
        return pdf.body();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long completedRfaWithOverride(TestPatient patient) {
        return clinic.completedProcedure(patient, "{\"procedure\":\"RFA_LUMBAR\",\"side\":\"left\","
                + "\"levels\":[\"L4-L5\",\"L5-S1\"],\"date\":\"" + TODAY + "\","
                + "\"override\":{\"reason\":\"Two positive blocks documented at another hospital\"}}",
                "{\"approach\":\"posterior oblique\",\"guidance\":\"fluoroscopy\",\"needle\":\"18G RF cannula\","
                + "\"medications\":\"lidocaine 1% 1 ml per level\",\"complications\":\"none\","
                + "\"disposition\":\"home with escort\",\"painBefore\":8,\"painAfter\":2}");
    }

    @Test
    void aProcedureNoteNamesWhatWasDoneTheOverriddenLcdAndThePhysicianAndIsOfferedThroughFhir() {
        TestPatient jane = clinic.newPatient("Inés", "Fernández", "nurse.kim");
        created(drLee.post(jane.path() + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"M47.816\"}"));
        long rfa = completedRfaWithOverride(jane);

        JsonObject note = make(drLee, jane, "{\"type\":\"procedure-note\",\"procedure\":" + rfa + "}");
        assertEquals("procedure-note", note.getString("type"));
        assertEquals("Procedure/" + rfa, note.getString("source"));
        assertEquals(64, note.getString("sha256").length());
        String text = PdfChecks.text(pdf(drLee, jane, note)).replaceAll("\\s+", " ");
        for (String expected : List.of(jane.fullName(), jane.mrn(), "64635", "L38803",
                "Two positive blocks documented at another hospital", "Dr. Morgan Lee", "M47.816",
                "18G RF cannula", "Time-out done", "75 %")) {
            assertTrue(text.contains(expected), () -> "the note names " + expected + ": " + text);
        }
        List<Long> listed = drLee.get(jane.path() + "/documents").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(note.getJsonNumber("id").longValue()), listed);

        ApiClient.Reply references = drLee.getAnyType("fhir/DocumentReference?patient=" + jane.id());
        assertEquals(200, references.status(), references::toString);
        FhirValidation.assertValid(references.body());
        JsonObject reference = references.json().getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertEquals("28570-0", reference.getJsonObject("type").getJsonArray("coding").getJsonObject(0).getString("code"));
        assertEquals("Procedure/" + rfa, reference.getJsonObject("context").getJsonArray("related").getJsonObject(0)
                .getString("reference"));
        assertTrue(reference.getJsonArray("content").getJsonObject(0).getJsonObject("attachment").getString("url")
                .endsWith(jane.path() + "/documents/" + note.getJsonNumber("id")));
        ApiClient.Reply read = drLee.getAnyType("fhir/DocumentReference/" + note.getJsonNumber("id"));
        FhirValidation.assertValid(read.body());
        byte[] inline = Base64.getDecoder().decode(read.json().getJsonArray("content").getJsonObject(0)
                .getJsonObject("attachment").getString("data"));
        assertEquals(note.getString("sha256"), sha256(inline));
        JsonObject procedure = drLee.getAnyType("fhir/Procedure/" + rfa).json();
        assertEquals("Practitioner/dr.lee", procedure.getJsonArray("performer").getJsonObject(0)
                .getJsonObject("actor").getString("reference"));
    }

    @Test
    void aProcedureNoteIsForACompletedProcedureOfThisPatientAndBadRequestsNameTheirField() {
        TestPatient jane = clinic.newPatient("Jane", "Booked");
        ApiClient.Reply booked = drLee.post(jane.path() + "/procedures", "{\"procedure\":\"TRIGGER_POINT\",\"date\":\""
                + TODAY.plusDays(3) + "\"}");
        created(booked);
        assertField(drLee.post(jane.path() + "/documents", "{\"type\":\"procedure-note\",\"procedure\":" + id(booked)
                + "}"), "procedure");
        assertEquals(404, drLee.post(jane.path() + "/documents", "{\"type\":\"procedure-note\",\"procedure\":999999999}")
                .status());
        assertField(drLee.post(jane.path() + "/documents", "{}"), "type");
        assertField(drLee.post(jane.path() + "/documents", "{\"type\":\"invoice\"}"), "type");
        assertField(drLee.post(jane.path() + "/documents", "{\"type\":\"letter\"}"), "addressee");
        assertField(drLee.post(jane.path() + "/documents", "{\"type\":\"patient-plan\",\"addressee\":\"Dr X\"}"),
                "addressee");
        assertField(drLee.post(jane.path() + "/documents", "{\"type\":\"procedure-note\",\"procedure\":\"one\"}"),
                "procedure");
        assertEquals(0, drLee.get(jane.path() + "/documents").json().getInt("total"), "nothing was stored");
    }

    private static void assertField(ApiClient.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
    }

    @Test
    void theLetterCarriesDiagnosesScoresWithTheirMcidMedicationsWithTheMmeLevelAndAChart() {
        TestPatient jane = clinic.newPatient("Łucja", "Ørsted-Dubois");
        String path = jane.path();
        created(drLee.post(path + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"M54.50\"}"));
        int[] odi = {4, 2, 1};
        for (int m = 0; m < odi.length; m++) {
            String at = TODAY.minusMonths(3 - m).atStartOfDay() + ":00Z";
            created(drLee.post(path + "/assessments", "{\"instrument\":\"ODI\",\"takenAt\":\"" + at + "\",\"answers\":{"
                    + answers(10, odi[m]) + "}}"));
            created(drLee.post(path + "/pain-assessments", "{\"nrsNow\":" + (8 - 2 * m) + ",\"nrsWorst\":9,\"nrsAverage\":"
                    + (7 - 2 * m) + ",\"painType\":\"nociceptive\",\"bodyMap\":[{\"region\":\"lower_back\","
                    + "\"side\":\"bilateral\",\"intensity\":7}]}"));
        }
        for (String medication : List.of("\"drug\":\"oxycodone\",\"doseMg\":10,\"dosesPerDay\":3",
                "\"drug\":\"fentanyl\",\"mcgPerHour\":12")) {
            created(drLee.post(path + "/medications", "{" + medication + ",\"startedOn\":\"" + TODAY.minusMonths(2) + "\"}"));
        }
        JsonObject mme = drLee.get(path + "/mme").json();

        JsonObject letter = make(drLee, jane, "{\"type\":\"letter\",\"addressee\":\"Dr Amélie Dubois; Riverside "
                + "Surgery\",\"recommendation\":\"Continue the walking programme; review opioids in 3 months.\"}");
        byte[] pdf = pdf(drLee, jane, letter);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        String total = mme.getJsonNumber("totalMme").toString().replaceAll("\\.0$", "");
        for (String expected : List.of("Dear Dr Amélie Dubois", jane.fullName(), "M54.50", "Oswestry",
                "MCID reached", "oxycodone", total + " MME/day", "50 to 89 MME/day", "review opioids in 3 months",
                "Dr. Morgan Lee")) {
            assertTrue(text.contains(expected), () -> "the letter names " + expected + ": " + text);
        }
        assertTrue(PdfChecks.imageCount(pdf) >= 2, "the pain and function charts are drawn into the letter");
        assertEquals("50to89", mme.getString("level"), "the case this letter is meant to show");
    }

    private static String answers(int items, int value) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= items; i++) {
            b.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(value);
        }
        return b.toString();
    }

    @Test
    void thePatientMakesAndOpensTheirOwnPlanWithTheHoldDatesAndNothingElse() {
        TestPatient jane = clinic.newPatient("Jane", "Planned", "nurse.kim");
        TestPatient other = clinic.newPatient("John", "Other");
        String path = jane.path();
        created(drLee.post(path + "/medications", "{\"drug\":\"apixaban\",\"doseMg\":5,\"dosesPerDay\":2,\"startedOn\":\""
                + TODAY.minusMonths(6) + "\"}"));
        LocalDate on = TODAY.plusDays(14);
        created(drLee.post(path + "/procedures", "{\"procedure\":\"ESI_LUMBAR_IL\",\"levels\":[\"L4-L5\"],\"date\":\""
                + on + "\"}"));
        JsonObject hold = drLee.get(path + "/eligibility?procedure=ESI_LUMBAR_IL&date=" + on).json()
                .getJsonArray("holds").getJsonObject(0);
        LocalDate stopBy = LocalDate.parse(hold.getString("stopBy"));
        ApiClient.Reply plan = drLee.post(path + "/care-plans", "{\"title\":\"Back pain programme\","
                + "\"status\":\"active\"}");
        created(plan);
        created(drLee.post(path + "/care-plans/" + id(plan) + "/goals", "{\"description\":\"Walk 30 minutes a day\","
                + "\"measure\":\"self-report\",\"targetValue\":\"yes\",\"targetDate\":\"" + TODAY.plusMonths(3) + "\"}"));
        JsonObject note = make(drLee, jane, "{\"type\":\"letter\",\"addressee\":\"Dr A. Patel\"}");

        Clinic.PatientAccount account = clinic.patientAccount(jane);
        JsonObject mine = make(account.api(), jane, "{\"type\":\"patient-plan\"}");
        String text = PdfChecks.text(pdf(account.api(), jane, mine)).replaceAll("\\s+", " ");
        for (String expected : List.of("My plan", "Walk 30 minutes a day", "apixaban", stopBy.minusDays(1).toString(),
                stopBy.toString(), "pain diary", "Dr. Morgan Lee")) {
            assertTrue(text.contains(expected), () -> "the plan names " + expected + ": " + text);
        }
        assertEquals(List.of("patient-plan"), account.api().get(path + "/documents").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("type")).toList(),
                "the patient lists their plan, not the team's letter");
        assertEquals(404, account.api().getBytes(path + "/documents/" + note.getJsonNumber("id"), "application/pdf")
                .status());
        assertEquals(403, account.api().post(path + "/documents", "{\"type\":\"letter\",\"addressee\":\"Me\"}").status());
        assertEquals(403, account.api().post(other.path() + "/documents", "{\"type\":\"patient-plan\"}").status());
        assertEquals(403, account.api().get(other.path() + "/documents").status());

        ApiClient okafor = clinic.as("dr.okafor");
        assertEquals(403, okafor.get(path + "/documents").status(), "a non-member lists nothing");
        assertEquals(403, okafor.getBytes(path + "/documents/" + mine.getJsonNumber("id"), "application/pdf").status());
        assertEquals(403, okafor.post(path + "/documents", "{\"type\":\"patient-plan\"}").status());
        assertEquals(403, okafor.getAnyType("fhir/DocumentReference?patient=" + jane.id()).status());
        assertEquals(403, okafor.getAnyType("fhir/DocumentReference/" + mine.getJsonNumber("id")).status());
    }
}
