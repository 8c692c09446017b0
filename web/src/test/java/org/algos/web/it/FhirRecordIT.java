package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A patient with a year of history, read through FHIR as the hospital would: every resource of
 * every slice valid against R4 and its US Core profile, each type searched by patient under the
 * record's access rule, and the patient included in a search when asked.
 */
class FhirRecordIT {

    private static Clinic clinic;
    private static TestPatient jane;

    @BeforeAll
    static void aYearOfHistory() {
        clinic = Clinic.builtIn();
        jane = clinic.newPatient("Jane", "Record", "psy.novak", "nurse.kim", "pt.garcia");
        YearOfData.write(clinic, jane, clinic.patientAccount(jane), LocalDate.now());
        ApiClient.Reply conference = clinic.as("psy.novak").post(jane.path() + "/case-conferences", "{\"date\":\""
                + LocalDate.now() + "\",\"attendees\":[\"dr.lee\",\"psy.novak\"],\"inputs\":{\"psychologist\":"
                + "\"PCS 31, high fear avoidance\"},\"decisions\":\"Graded activity; CBT\"}");
        assertEquals(201, conference.status(), conference::toString);
        FhirValidation.knowQuestionnaires(clinic.as("dr.lee"));
    }

    private static List<JsonObject> resources(ApiClient.Reply bundle) {
        assertEquals(200, bundle.status(), bundle::toString);
        return bundle.json().getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("resource")).toList();
    }

    @Test
    void everythingOfAYearIsValidAndHoldsEverySlicesResources() {
        ApiClient.Reply everything = clinic.as("dr.lee").getAnyType("fhir/Patient/" + jane.id() + "/$everything");
        FhirValidation.assertValid(everything.body());
        Set<String> types = resources(everything).stream().map(r -> r.getString("resourceType"))
                .collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("Patient", "CareTeam", "Condition", "QuestionnaireResponse", "Observation",
                "MedicationRequest", "CarePlan", "Goal", "Communication", "Procedure")), types::toString);
    }

    @Test
    void eachTypeIsSearchedByPatientValidAndRefusedOffTheTeam() {
        for (String type : List.of("MedicationRequest", "CarePlan", "Goal", "Communication", "Provenance", "Procedure")) {
            ApiClient.Reply found = clinic.as("psy.novak").getAnyType("fhir/" + type + "?patient=" + jane.id());
            assertTrue(!resources(found).isEmpty(), type + " found: " + found);
            FhirValidation.assertValid(found.body());
            JsonObject first = resources(found).get(0);
            ApiClient.Reply read = clinic.as("psy.novak").getAnyType("fhir/" + type + "/" + first.getString("id"));
            assertEquals(200, read.status(), read::toString);
            assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/" + type + "?patient=" + jane.id()).status(), type);
            assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/" + type + "/" + first.getString("id")).status(),
                    type);
        }
    }

    @Test
    void theMmePerDayIsAnObservationDerivedFromTheOpioids() {
        ApiClient.Reply mme = clinic.as("nurse.kim").getAnyType("fhir/Observation?patient=" + jane.id()
                + "&code=urn:algos:fhir:mme%7C");
        List<JsonObject> found = resources(mme);
        assertEquals(1, found.size(), mme::toString);
        FhirValidation.assertValid(mme.body());
        JsonObject observation = found.get(0);
        double perDay = observation.getJsonObject("valueQuantity").getJsonNumber("value").doubleValue();
        assertTrue(perDay > 50, "oxycodone 30 mg and a fentanyl patch are over 50 MME a day: " + perDay);
        assertEquals(2, observation.getJsonArray("focus").size(), "the two opioids, not the anticoagulant");
    }

    @Test
    void aSearchIncludesThePatientOnceWhenAsked() {
        ApiClient.Reply phq9 = clinic.as("dr.lee").getAnyType("fhir/Observation?patient=" + jane.id()
                + "&code=http://loinc.org%7C44261-6&date=ge" + LocalDate.now().minusMonths(6)
                + "&_include=Observation:patient");
        FhirValidation.assertValid(phq9.body());
        List<JsonObject> entries = phq9.json().getJsonArray("entry").getValuesAs(JsonObject.class);
        List<JsonObject> included = entries.stream().filter(e -> "Patient".equals(e.getJsonObject("resource")
                .getString("resourceType"))).toList();
        assertEquals(1, included.size(), "the patient, once: " + phq9);
        long scores = entries.size() - 1;
        assertTrue(scores >= 6 && scores <= 7, "six or seven monthly PHQ-9 totals in six months: " + scores);

        ApiClient.Reply conditions = clinic.as("dr.lee").getAnyType("fhir/Condition?patient=" + jane.id()
                + "&category=problem-list-item&_include=Condition:patient");
        assertEquals(3, resources(conditions).size(), "two diagnoses and their patient: " + conditions);
        ApiClient.Reply surveys = clinic.as("dr.lee").getAnyType("fhir/Observation?patient=" + jane.id()
                + "&category=survey&code=http://loinc.org%7C44261-6");
        assertEquals(12, resources(surveys).size(), "a year of monthly PHQ-9: " + surveys);
    }
}
