package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instruments as Questionnaires, each stored assessment as a QuestionnaireResponse and its
 * total as a US Core screening-assessment Observation coded in LOINC where a code is verified;
 * all valid against R4 and US Core, the responses against their Questionnaire.
 */
class FhirQuestionnaireIT {

    private Clinic clinic;

    @BeforeEach
    void clinic() {
        clinic = Clinic.builtIn();
    }

    private Bundle questionnaires() {
        return FhirValidation.knowQuestionnaires(clinic.as("dr.lee"));
    }

    @Test
    void theTenInstrumentsAreValidQuestionnairesWithTheirItemsRanges() {
        Bundle bundle = questionnaires();
        assertEquals(10, bundle.getTotal());
        assertEquals(List.of(), FhirValidation.errors(bundle));
        Questionnaire phq9 = bundle.getEntry().stream().map(e -> (Questionnaire) e.getResource())
                .filter(q -> q.getName().equals("PHQ9")).findFirst().orElseThrow();
        assertEquals("44249-1", phq9.getCodeFirstRep().getCode());
        assertEquals(9, phq9.getItem().size());
        assertEquals("3", phq9.getItem().get(0).getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxValue")
                .getValue().primitiveValue());
        ApiClient.Reply read = clinic.as("pat.doe").getAnyType("fhir/Questionnaire/GAD7");
        assertEquals(200, read.status(), "a patient reads the questionnaires too: " + read);
        assertEquals(404, clinic.as("dr.lee").getAnyType("fhir/Questionnaire/NOPE").status());
    }

    @Test
    void aStoredPhq9IsAResponseAndAScoreObservationInLoinc() {
        questionnaires();
        TestPatient jane = clinic.newPatient("Jane", "Scored");
        ApiClient drLee = clinic.as("dr.lee");
        ApiClient.Reply stored = drLee.post(jane.path() + "/assessments", "{\"instrument\":\"PHQ9\",\"takenAt\":"
                + "\"2026-11-01T10:00:00Z\",\"answers\":{\"1\":2,\"2\":2,\"3\":1,\"4\":2,\"5\":1,\"6\":1,\"7\":1,\"8\":0,\"9\":0}}");
        assertEquals(201, stored.status(), stored::toString);
        JsonObject assessment = stored.json();

        ApiClient.Reply scores = drLee.getAnyType("fhir/Observation?patient=" + jane.id()
                + "&code=http://loinc.org%7C44261-6&date=ge2026-01-01");
        assertEquals(200, scores.status(), scores::toString);
        assertEquals(1, scores.json().getInt("total"), scores::toString);
        FhirValidation.assertValid(scores.body());
        JsonObject score = scores.json().getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertEquals(assessment.getJsonNumber("total").doubleValue(),
                score.getJsonObject("valueQuantity").getJsonNumber("value").doubleValue());
        assertEquals("{score}", score.getJsonObject("valueQuantity").getString("code"));
        assertEquals(assessment.getString("band"), score.getJsonArray("interpretation").getJsonObject(0).getString("text"));
        assertEquals("survey", score.getJsonArray("category").getJsonObject(0).getJsonArray("coding").getJsonObject(0)
                .getString("code"));
        String response = score.getJsonArray("derivedFrom").getJsonObject(0).getString("reference");

        ApiClient.Reply answers = drLee.getAnyType("fhir/" + response);
        assertEquals(200, answers.status(), answers::toString);
        FhirValidation.assertValid(answers.body());
        assertEquals(9, answers.json().getJsonArray("item").size());
        ApiClient.Reply read = drLee.getAnyType("fhir/Observation/" + score.getString("id"));
        assertEquals(200, read.status(), read::toString);

        assertEquals(0, drLee.getAnyType("fhir/Observation?patient=" + jane.id()
                + "&code=http://loinc.org%7C44261-6&date=ge2026-11-02")
                .json().getInt("total"), "the date range is applied");
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Observation?patient=" + jane.id()).status());
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/" + response).status());
        assertTrue(clinic.auditEvents(jane.id()).stream().anyMatch(e -> "dr.okafor".equals(e.getString("username"))
                && "DENIED".equals(e.getString("outcome"))), "refusals are audited");
    }

    /** A PHQ-9 response as a patient app would post it, with one more item when {@code extraItem} is given. */
    private static String phq9Response(long patientId, String extraItem) {
        StringBuilder items = new StringBuilder();
        int[] answers = {2, 2, 1, 2, 1, 1, 1, 0, 0};
        for (int i = 0; i < answers.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"linkId\":\"").append(i + 1)
                    .append("\",\"answer\":[{\"valueInteger\":").append(answers[i]).append("}]}");
        }
        if (extraItem != null) {
            items.append(",").append(extraItem);
        }
        return "{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"urn:algos:fhir:Questionnaire/PHQ9\","
                + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/" + patientId + "\"},"
                + "\"authored\":\"2026-11-20T08:00:00Z\",\"item\":[" + items + "]}";
    }

    @Test
    void aPhq9PostedThroughFhirIsScoredAsThePortalScoresIt() {
        TestPatient jane = clinic.newPatient("Jane", "Posted");
        ApiClient patient = clinic.patientAccount(jane).api();
        ApiClient.Reply posted = patient.post("fhir/QuestionnaireResponse", phq9Response(jane.id(), null));
        assertEquals(201, posted.status(), posted::toString);
        assertTrue(posted.location().orElse("").contains("/fhir/QuestionnaireResponse/"), posted.location()::toString);
        JsonObject score = posted.json();
        assertEquals("Observation", score.getString("resourceType"));
        FhirValidation.assertValid(posted.body());

        ApiClient drLee = clinic.as("dr.lee");
        ApiClient.Reply inPortal = drLee.post(jane.path() + "/assessments", "{\"instrument\":\"PHQ9\",\"takenAt\":"
                + "\"2026-11-21T08:00:00Z\",\"answers\":{\"1\":2,\"2\":2,\"3\":1,\"4\":2,\"5\":1,\"6\":1,\"7\":1,"
                + "\"8\":0,\"9\":0}}");
        assertEquals(201, inPortal.status(), inPortal::toString);
        ApiClient.Reply trend = drLee.get(jane.path() + "/assessments?instrument=PHQ9");
        List<JsonObject> points = trend.array().getValuesAs(JsonObject.class);
        assertEquals(2, points.size(), trend::toString);
        assertEquals(points.get(1).getJsonNumber("total").doubleValue(), points.get(0).getJsonNumber("total").doubleValue());
        assertEquals(points.get(1).getString("band"), points.get(0).getString("band"));
        assertEquals(points.get(0).getJsonNumber("total").doubleValue(),
                score.getJsonObject("valueQuantity").getJsonNumber("value").doubleValue());
    }

    @Test
    void aResponseWithAWrongItemOrAnswerIsRefusedNamingIt() {
        TestPatient jane = clinic.newPatient("Jane", "Refused");
        ApiClient drLee = clinic.as("dr.lee");
        ApiClient.Reply unknownItem = drLee.post("fhir/QuestionnaireResponse", phq9Response(jane.id(),
                "{\"linkId\":\"10\",\"answer\":[{\"valueInteger\":1}]}"));
        assertEquals(400, unknownItem.status(), unknownItem::toString);
        JsonObject issue = unknownItem.json().getJsonArray("issue").getJsonObject(0);
        assertEquals("QuestionnaireResponse.item[9].linkId", issue.getJsonArray("expression").getString(0), issue::toString);
        String outOfRange = phq9Response(jane.id(), null).replace("\"valueInteger\":2}", "\"valueInteger\":4}");
        ApiClient.Reply tooHigh = drLee.post("fhir/QuestionnaireResponse", outOfRange);
        assertEquals(400, tooHigh.status(), tooHigh::toString);
        assertTrue(tooHigh.body().contains("must be between 0 and 3"), tooHigh::toString);
        ApiClient.Reply unknownQuestionnaire = drLee.post("fhir/QuestionnaireResponse",
                phq9Response(jane.id(), null).replace("Questionnaire/PHQ9", "Questionnaire/XYZ"));
        assertEquals(400, unknownQuestionnaire.status(), unknownQuestionnaire::toString);
        assertEquals(403, clinic.as("dr.okafor").post("fhir/QuestionnaireResponse", phq9Response(jane.id(), null))
                .status(), "no write to a record off the caller's team");
        assertEquals(0, drLee.get(jane.path() + "/assessments?instrument=PHQ9").array().size(),
                "nothing was stored");
    }

    @Test
    void aPainAssessmentIsAnNrsObservationWithOnePerMarkedRegion() {
        TestPatient jane = clinic.newPatient("Jane", "Mapped");
        ApiClient drLee = clinic.as("dr.lee");
        ApiClient.Reply recorded = drLee.post(jane.path() + "/pain-assessments", "{\"nrsNow\":6,\"nrsWorst\":8,"
                + "\"nrsAverage\":5,\"painType\":\"mixed\",\"onsetDate\":\"2025-01-01\",\"bodyMap\":["
                + "{\"region\":\"lower_back\",\"side\":\"bilateral\",\"intensity\":7},"
                + "{\"region\":\"thigh\",\"side\":\"left\",\"intensity\":4}]}");
        assertEquals(201, recorded.status(), recorded::toString);
        ApiClient.Reply pain = drLee.getAnyType("fhir/Observation?patient=" + jane.id() + "&code=http://loinc.org%7C72514-3");
        assertEquals(200, pain.status(), pain::toString);
        FhirValidation.assertValid(pain.body());
        List<JsonObject> found = pain.json().getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("resource")).toList();
        assertEquals(3, found.size(), pain::toString);
        JsonObject overall = found.stream().filter(o -> o.containsKey("component")).findFirst().orElseThrow();
        assertEquals(6, overall.getJsonObject("valueQuantity").getInt("value"));
        assertEquals(2, overall.getJsonArray("hasMember").size());
        assertEquals(List.of("Lower back (lumbar), bilateral", "Thigh, left"), found.stream()
                .filter(o -> o.containsKey("bodySite")).map(o -> o.getJsonObject("bodySite").getString("text")).sorted()
                .toList());
        ApiClient.Reply site = drLee.getAnyType("fhir/" + overall.getJsonArray("hasMember").getJsonObject(0)
                .getString("reference"));
        assertEquals(200, site.status(), site::toString);
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Observation/" + overall.getString("id")).status());
    }
}
