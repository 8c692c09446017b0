package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hospital refers a patient with a FHIR transaction: the patient registered (or found by MRN),
 * the problem list and medications taken into the record, the referring clinician on the care
 * team; one refused entry leaves nothing behind.
 */
class FhirReferralIT {

    private Clinic clinic;

    @BeforeEach
    void clinic() {
        clinic = Clinic.builtIn();
    }

    private IGenericClient client(String username) {
        IGenericClient client = FhirValidation.CONTEXT.newRestfulGenericClient(clinic.base().resolve("fhir").toString());
        client.registerInterceptor(new BasicAuthInterceptor(username, ApiClient.DEMO_PASSWORD));
        return client;
    }

    /** A referral of one patient with these problems (ICD-10-CM codes) and any further entries. */
    static Bundle referral(String mrn, String family, String birthDate, List<String> problems, Resource... more) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        Patient patient = new Patient();
        patient.addIdentifier().setSystem("urn:algos:mrn").setValue(mrn);
        patient.addName().setFamily(family).addGiven("Rhea");
        patient.setGender(AdministrativeGender.FEMALE).setBirthDateElement(new DateType(birthDate));
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        for (String code : problems) {
            Condition problem = new Condition().setSubject(new Reference(patientUrl))
                    .setCode(new CodeableConcept().addCoding(new Coding("http://hl7.org/fhir/sid/icd-10-cm", code, null)))
                    .setOnset(new DateTimeType("2025-06-01"));
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(problem).getRequest()
                    .setMethod(Bundle.HTTPVerb.POST).setUrl("Condition");
        }
        for (Resource r : more) {
            r.setProperty("subject", new Reference(patientUrl));
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(r).getRequest()
                    .setMethod(Bundle.HTTPVerb.POST).setUrl(r.fhirType());
        }
        return bundle;
    }

    /** What the hospital says she takes: oxycodone 10 mg by mouth twice a day (1.5 MME per mg, so 30 a day). */
    static MedicationStatement oxycodone() {
        MedicationStatement taken = new MedicationStatement().setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE)
                .setMedication(new CodeableConcept().setText("oxycodone"));
        taken.setEffective(new DateTimeType("2026-09-01"));
        Dosage dose = taken.addDosage().setText("10 mg twice a day");
        dose.getRoute().setText("oral");
        dose.getTiming().getRepeat().setFrequency(2).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
        dose.addDoseAndRate().setDose(new Quantity().setValue(10).setUnit("mg").setSystem("http://unitsofmeasure.org")
                .setCode("mg"));
        return taken;
    }

    private List<JsonObject> patientsWithMrn(String mrn) {
        ApiClient.Reply found = clinic.as("dr.lee").get("api/patients?q=" + mrn);
        assertEquals(200, found.status(), found::toString);
        return found.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aReferralRegistersThePatientWithTheirProblemsAndTheReferrerOnTheTeam() {
        String mrn = Clinic.newMrn();
        DocumentReference letter = new DocumentReference();
        letter.setStatus(Enumerations.DocumentReferenceStatus.CURRENT).addContent().getAttachment()
                .setContentType("text/plain").setTitle("Referral to the pain clinic")
                .setData("Dear colleague, please see Mrs Referred for her low back pain.".getBytes(StandardCharsets.UTF_8));
        Bundle answer = client("dr.okafor").transaction().withBundle(referral(mrn, "Referred", "1965-04-12",
                List.of("M54.50", "M54.16"), letter, oxycodone())).execute();
        assertEquals(Bundle.BundleType.TRANSACTIONRESPONSE, answer.getType());
        assertEquals(List.of(), FhirValidation.errors(answer));
        assertEquals("201 Created", answer.getEntry().get(0).getResponse().getStatus());
        String patient = answer.getEntry().get(0).getResponse().getLocation();
        assertTrue(answer.getEntry().get(1).getResponse().getLocation().startsWith("Condition/"), answer::toString);

        ApiClient okafor = clinic.as("dr.okafor");
        ApiClient.Reply problems = okafor.getAnyType("fhir/Condition?" + "patient=" + patient);
        assertEquals(200, problems.status(), problems::toString);
        assertEquals(2, problems.json().getInt("total"), problems::toString);
        long id = Long.parseLong(patient.substring("Patient/".length()));
        ApiClient.Reply diagnoses = okafor.get("api/patients/" + id + "/diagnoses");
        assertTrue(diagnoses.body().contains("M54.16") && diagnoses.body().contains("2025-06-01"), diagnoses::toString);
        ApiClient.Reply team = okafor.get("api/patients/" + id + "/care-team");
        assertTrue(team.body().contains("dr.okafor"), team::toString);
        assertEquals(403, clinic.as("dr.lee").getAnyType("fhir/" + patient).status(), "no one else is on the team");

        String stored = answer.getEntry().get(3).getResponse().getLocation();
        ApiClient.Reply document = okafor.getAnyType("fhir/" + stored);
        assertEquals(200, document.status(), document::toString);
        FhirValidation.assertValid(document.body());
        DocumentReference read = FhirValidation.CONTEXT.newJsonParser().parseResource(DocumentReference.class,
                document.body());
        assertEquals("Dear colleague, please see Mrs Referred for her low back pain.",
                new String(read.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8));
        assertEquals("Referral to the pain clinic", read.getDescription());
        assertEquals(64, read.getIdentifierFirstRep().getValue().length(), "the SHA-256 kept with it");
        assertEquals(1, okafor.getAnyType("fhir/DocumentReference?patient=" + patient).json().getInt("total"));
        assertEquals(403, clinic.as("dr.lee").getAnyType("fhir/" + stored).status());

        String medication = answer.getEntry().get(4).getResponse().getLocation();
        assertTrue(medication.startsWith("MedicationRequest/"), medication);
        ApiClient.Reply medications = okafor.get("api/patients/" + id + "/medications");
        assertTrue(medications.body().contains("oxycodone"), medications::toString);
        ApiClient.Reply mme = okafor.getAnyType("fhir/Observation?patient=" + patient + "&code=urn:algos:fhir:mme%7C");
        assertEquals(200, mme.status(), mme::toString);
        FhirValidation.assertValid(mme.body());
        assertEquals(30.0, mme.json().getJsonArray("entry").getJsonObject(0).getJsonObject("resource")
                .getJsonObject("valueQuantity").getJsonNumber("value").doubleValue(), 1e-9,
                "oxycodone 10 mg twice a day is 30 MME a day: " + mme);
    }

    @Test
    void oneRefusedEntryLeavesNothingBehindAndNamesTheEntry() {
        String mrn = Clinic.newMrn();
        String body = FhirValidation.CONTEXT.newJsonParser().encodeResourceToString(
                referral(mrn, "Refused", "1965-04-12", List.of("M54.50", "Z99.999")));
        ApiClient.Reply refused = clinic.as("dr.lee").post("fhir", body);
        assertEquals(422, refused.status(), refused::toString);
        JsonObject issue = refused.json().getJsonArray("issue").getJsonObject(0);
        assertTrue(issue.getString("diagnostics").startsWith("Bundle.entry[2].resource.code"), issue::toString);
        assertEquals(List.of(), patientsWithMrn(mrn), "the patient registered before the refused entry is gone");

        ApiClient.Reply nurse = clinic.as("nurse.kim").post("fhir", FhirValidation.CONTEXT.newJsonParser()
                .encodeResourceToString(referral(mrn, "Refused", "1965-04-12", List.of("M54.50"))));
        assertEquals(403, nurse.status(), "only a physician records diagnoses: " + nurse);
        assertEquals("OperationOutcome", nurse.json().getString("resourceType"));
        assertEquals(List.of(), patientsWithMrn(mrn));

        ApiClient.Reply batch = clinic.as("dr.lee").post("fhir", "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}");
        assertTrue(batch.status() == 400 || batch.status() == 422, batch::toString);
    }

    @Test
    void aSecondReferralOfAKnownMrnAddsToTheRecordAndAnotherPersonIsRefused() {
        String mrn = Clinic.newMrn();
        IGenericClient drLee = client("dr.lee");
        Bundle first = drLee.transaction().withBundle(referral(mrn, "Twice", "1970-02-02", List.of("M54.50"))).execute();
        String patient = first.getEntry().get(0).getResponse().getLocation();
        Bundle second = drLee.transaction().withBundle(referral(mrn, "Twice", "1970-02-02", List.of("M54.16")))
                .execute();
        assertEquals("200 OK", second.getEntry().get(0).getResponse().getStatus());
        assertEquals(patient, second.getEntry().get(0).getResponse().getLocation());
        assertEquals(2, clinic.as("dr.lee").getAnyType("fhir/Condition?patient=" + patient).json().getInt("total"));

        ApiClient.Reply other = clinic.as("dr.lee").post("fhir", FhirValidation.CONTEXT.newJsonParser()
                .encodeResourceToString(referral(mrn, "Twice", "1980-02-02", List.of("M54.50"))));
        assertEquals(422, other.status(), other::toString);
        assertTrue(other.body().contains("Bundle.entry[0].resource.identifier"), other::toString);
        assertEquals(2, clinic.as("dr.lee").getAnyType("fhir/Condition?patient=" + patient).json().getInt("total"));
    }
}
