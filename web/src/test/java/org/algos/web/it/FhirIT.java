package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The FHIR server as an external system meets it: the same sign-in and the same access rule as
 * the REST API, every read and search audited, and every resource it returns valid against R4
 * and the US Core profile it claims (one validator for the JVM, offline).
 */
class FhirIT {

    private Clinic clinic;
    private URI base;

    @BeforeEach
    void clinic() {
        clinic = Clinic.builtIn();
        base = clinic.base();
    }

    /** The HAPI client as a hospital system would configure it, signed in as {@code username}. */
    private IGenericClient client(String username) {
        IGenericClient client = FhirValidation.CONTEXT.newRestfulGenericClient(base.resolve("fhir").toString());
        client.registerInterceptor(new BasicAuthInterceptor(username, ApiClient.DEMO_PASSWORD));
        return client;
    }

    @Test
    void aTeamMemberReadsAPatientAsAValidUsCorePatientAndTheReadIsAudited() {
        TestPatient jane = clinic.newPatient("Jane", "Fhir", "nurse.kim");
        ApiClient.Reply read = clinic.as("nurse.kim").getAnyType("fhir/Patient/" + jane.id());
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.contentType().startsWith("application/fhir+json"), read.contentType());
        JsonObject patient = read.json();
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient",
                patient.getJsonObject("meta").getJsonArray("profile").getString(0));
        assertEquals(jane.mrn(), patient.getJsonArray("identifier").getJsonObject(0).getString("value"));
        FhirValidation.assertValid(read.body());
        String organization = patient.getJsonObject("managingOrganization").getString("reference");
        ApiClient.Reply clinicRecord = clinic.as("nurse.kim").getAnyType("fhir/" + organization);
        assertEquals(200, clinicRecord.status(), clinicRecord::toString);
        FhirValidation.assertValid(clinicRecord.body());
        assertTrue(clinic.auditEvents(jane.id()).stream().anyMatch(e -> "nurse.kim".equals(e.getString("username"))
                && "READ".equals(e.getString("action")) && "SUCCESS".equals(e.getString("outcome"))));
    }

    @Test
    void someoneOffTheTeamGetsNothingFromAReadOrASearch() {
        TestPatient jane = clinic.newPatient("Jane", "Hidden");
        ApiClient.Reply refused = clinic.as("dr.okafor").getAnyType("fhir/Patient/" + jane.id());
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("OperationOutcome", refused.json().getString("resourceType"));
        assertEquals("forbidden", refused.json().getJsonArray("issue").getJsonObject(0).getString("code"));
        ApiClient.Reply unknown = clinic.as("dr.okafor").getAnyType("fhir/Patient/999999999");
        assertEquals(403, unknown.status(), "an unknown id answers as a refused one");

        ApiClient.Reply search = clinic.as("dr.okafor").getAnyType("fhir/Patient?identifier=" + jane.mrn());
        assertEquals(200, search.status(), search::toString);
        assertEquals(0, search.json().getInt("total"), search::toString);
        ApiClient.Reply anonymous = ApiClient.anonymous(base).getAnyType("fhir/Patient/" + jane.id());
        assertEquals(401, anonymous.status());
        assertEquals("OperationOutcome", anonymous.json().getString("resourceType"));
    }

    @Test
    void anExternalSystemSearchesByMrnAndPagesThroughNamesWithTheHapiClient() {
        TestPatient first = clinic.newPatient("Ann", "Paged");
        clinic.newPatient("Bea", "Paged");
        IGenericClient drLee = client("dr.lee");
        Bundle byMrn = drLee.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode("urn:algos:mrn", first.mrn()))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, byMrn.getTotal());
        assertEquals(first.id(), byMrn.getEntryFirstRep().getResource().getIdElement().getIdPartAsLong());
        assertEquals(List.of(), FhirValidation.errors(byMrn));

        Bundle page = drLee.search().forResource(Patient.class).where(Patient.NAME.matches().value("Paged"))
                .count(1).returnBundle(Bundle.class).execute();
        assertEquals(1, page.getEntry().size());
        assertTrue(page.getTotal() >= 2, "both patients are found: " + page.getTotal());
        assertTrue(page.getLink(Bundle.LINK_NEXT) != null, "a link to the next page");
        Bundle next = drLee.loadPage().next(page).execute();
        assertEquals(1, next.getEntry().size());
        assertTrue(next.getEntryFirstRep().getResource().getIdElement().getIdPartAsLong()
                != page.getEntryFirstRep().getResource().getIdElement().getIdPartAsLong(), "the next page moves on");

        Executable offTeam = () -> client("dr.okafor").read().resource(Patient.class).withId(first.id()).execute();
        assertThrowsForbidden(offTeam);
    }

    @Test
    void diagnosesAreValidUsCoreConditionsSearchedByPatientAndCode() {
        TestPatient jane = clinic.newPatient("Jane", "Coded");
        ApiClient drLee = clinic.as("dr.lee");
        ApiClient.Reply added = drLee.post(jane.path() + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"M54.50\","
                + "\"primary\":true,\"onsetDate\":\"2025-03-01\"}");
        assertEquals(201, added.status(), added::toString);
        assertEquals(201, drLee.post(jane.path() + "/diagnoses", "{\"system\":\"ICD11\",\"code\":\"MG30.0\"}").status());

        ApiClient.Reply all = drLee.getAnyType("fhir/Condition?patient=" + jane.id());
        assertEquals(200, all.status(), all::toString);
        assertEquals(2, all.json().getInt("total"), all::toString);
        FhirValidation.assertValid(all.body());
        ApiClient.Reply lowBack = drLee.getAnyType("fhir/Condition?patient=Patient/" + jane.id()
                + "&code=http://hl7.org/fhir/sid/icd-10-cm%7CM54.50");
        assertEquals(1, lowBack.json().getInt("total"), lowBack::toString);
        JsonObject condition = lowBack.json().getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertEquals("2025-03-01", condition.getString("onsetDateTime"));
        ApiClient.Reply read = drLee.getAnyType("fhir/Condition/" + condition.getString("id"));
        assertEquals(200, read.status(), read::toString);
        FhirValidation.assertValid(read.body());

        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Condition?patient=" + jane.id()).status());
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Condition/" + condition.getString("id")).status());
        assertEquals(400, drLee.getAnyType("fhir/Condition").status(), "a search names its patient");
    }

    @Test
    void theCareTeamIsAValidUsCoreCareTeamWithEachMembersDiscipline() {
        TestPatient jane = clinic.newPatient("Jane", "Team", "nurse.kim", "pt.garcia");
        ApiClient.Reply team = clinic.as("pt.garcia").getAnyType("fhir/CareTeam?patient=" + jane.id());
        assertEquals(200, team.status(), team::toString);
        FhirValidation.assertValid(team.body());
        JsonObject careTeam = team.json().getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        List<String> members = careTeam.getJsonArray("participant").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("member").getJsonObject("identifier").getString("value") + " "
                        + p.getJsonArray("role").getJsonObject(0).getString("text")).toList();
        assertTrue(members.containsAll(List.of("dr.lee physician", "nurse.kim nurse", "pt.garcia physiotherapist")),
                members::toString);
        assertEquals(200, clinic.as("dr.lee").getAnyType("fhir/CareTeam/" + jane.id()).status());
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/CareTeam/" + jane.id()).status());
    }

    @Test
    void everythingOfAPatientIsOneValidBundleReadUnderOneAuditEvent() {
        FhirValidation.knowQuestionnaires(clinic.as("dr.lee"));
        TestPatient jane = clinic.newPatient("Jane", "Everything");
        ApiClient drLee = clinic.as("dr.lee");
        assertEquals(201, drLee.post(jane.path() + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"M54.50\"}").status());
        assertEquals(201, drLee.post(jane.path() + "/assessments", "{\"instrument\":\"GAD7\",\"takenAt\":"
                + "\"2026-11-01T10:00:00Z\",\"answers\":{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1}}")
                .status());
        long eventsBefore = clinic.auditEvents(jane.id()).size();

        ApiClient.Reply everything = drLee.getAnyType("fhir/Patient/" + jane.id() + "/$everything");
        assertEquals(200, everything.status(), everything::toString);
        FhirValidation.assertValid(everything.body());
        List<String> types = everything.json().getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("resource").getString("resourceType")).toList();
        assertEquals(List.of("CareTeam", "Condition", "Observation", "Observation", "Patient", "QuestionnaireResponse"),
                types.stream().sorted().toList(), "the score and the MME per day (0) are Observations: " + types);
        List<JsonObject> events = clinic.auditEvents(jane.id());
        assertEquals(eventsBefore + 1, events.size(), "one audit event for the whole record");
        assertTrue(events.get(0).getString("detail").startsWith("FHIR $everything"), events.get(0)::toString);

        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Patient/" + jane.id() + "/$everything").status());
    }

    @Test
    void theAuditorReadsTheTrailAsValidAuditEventsAndNoOneElseDoes() {
        TestPatient jane = clinic.newPatient("Jane", "Audited");
        assertEquals(200, clinic.as("dr.lee").getAnyType("fhir/Patient/" + jane.id()).status());
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Patient/" + jane.id()).status());
        ApiClient.Reply trail = clinic.as("auditor").getAnyType("fhir/AuditEvent?patient=" + jane.id() + "&_count=10");
        assertEquals(200, trail.status(), trail::toString);
        FhirValidation.assertValid(trail.body());
        List<JsonObject> events = trail.json().getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("resource")).toList();
        assertTrue(events.stream().anyMatch(e -> "4".equals(e.getString("outcome"))
                && "dr.okafor".equals(e.getJsonArray("agent").getJsonObject(0).getJsonObject("who")
                .getJsonObject("identifier").getString("value"))), "the refusal is there: " + events);
        assertTrue(events.stream().filter(e -> "R".equals(e.getString("action")))
                .map(e -> e.getJsonArray("purposeOfEvent").getJsonObject(0))
                .anyMatch(p -> "treatment".equals(p.getString("text")) && p.containsKey("coding")
                        && "TREAT".equals(p.getJsonArray("coding").getJsonObject(0).getString("code"))),
                "dr.lee's read for treatment");
        ApiClient.Reply one = clinic.as("auditor").getAnyType("fhir/AuditEvent/" + events.get(0).getString("id"));
        assertEquals(200, one.status(), one::toString);
        assertEquals(403, clinic.as("dr.lee").getAnyType("fhir/AuditEvent?patient=" + jane.id()).status(),
                "the trail is the auditor's");
        ApiClient.Reply flagged = clinic.as("auditor").get("api/audit?flagged=true&size=100");
        assertTrue(flagged.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "dr.lee".equals(e.getString("username")) && "DENIED".equals(e.getString("outcome"))
                        && e.getString("resource").startsWith("GET /fhir/AuditEvent")),
                "the refusal of the role is audited, as on the API");
    }

    @Test
    void theCapabilityStatementIsPublicAndTellsWhatTheServerDoes() {
        ApiClient.Reply metadata = ApiClient.anonymous(base).getAnyType("fhir/metadata");
        assertEquals(200, metadata.status(), metadata::toString);
        CapabilityStatement statement = FhirValidation.CONTEXT.newJsonParser()
                .parseResource(CapabilityStatement.class, metadata.body());
        assertEquals("4.0.1", statement.getFhirVersion().toCode());
        assertTrue(statement.getRestFirstRep().getResource().stream().anyMatch(r -> r.getType().equals("Patient")
                && r.getSearchParam().stream().anyMatch(p -> p.getName().equals("identifier"))));
        assertEquals("Basic", statement.getRestFirstRep().getSecurity().getServiceFirstRep().getCodingFirstRep().getCode());
        assertTrue(statement.getInstantiates().stream().anyMatch(c -> c.getValue()
                .equals("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data")), "bulk export is declared");
        assertTrue(statement.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Patient"))
                .flatMap(r -> r.getOperation().stream()).anyMatch(o -> o.getName().equals("export")),
                statement.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Patient"))
                        .flatMap(r -> r.getOperation().stream()).map(o -> o.getName()).toList()::toString);
        FhirValidation.assertValid(metadata.body());
        ApiClient.Reply xml = ApiClient.anonymous(base).getAnyType("fhir/metadata?_format=xml");
        assertTrue(xml.contentType().startsWith("application/fhir+xml"), xml.contentType());
        assertTrue(xml.body().contains("<CapabilityStatement"), "HAPI writes XML too");
    }

    private static void assertThrowsForbidden(Executable call) {
        try {
            call.execute();
        } catch (ForbiddenOperationException expected) {
            return;
        } catch (Throwable other) {
            throw new AssertionError("expected 403, got " + other, other);
        }
        throw new AssertionError("expected 403, got the resource");
    }
}
