package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinic's people in FHIR: clinicians as US Core Practitioners and PractitionerRoles that the
 * care team points at, and who wrote what in a record as US Core Provenance from the audit trail,
 * under the record's own access rule.
 */
class FhirTeamIT {

    private Clinic clinic;

    @BeforeEach
    void clinic() {
        clinic = Clinic.builtIn();
    }

    private static List<JsonObject> resources(ApiClient.Reply bundle) {
        return bundle.json().getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("resource")).toList();
    }

    @Test
    void theCareTeamPointsAtPractitionersWithTheirNamesAndDisciplines() {
        TestPatient jane = clinic.newPatient("Jane", "Staffed", "psy.novak");
        ApiClient novakApi = clinic.as("psy.novak");
        JsonObject team = resources(novakApi.getAnyType("fhir/CareTeam?patient=" + jane.id())).get(0);
        List<String> members = team.getJsonArray("participant").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("member").getString("reference")).toList();
        assertTrue(members.containsAll(List.of("Practitioner/dr.lee", "Practitioner/psy.novak")), members::toString);

        ApiClient.Reply novak = novakApi.getAnyType("fhir/Practitioner/psy.novak");
        assertEquals(200, novak.status(), novak::toString);
        FhirValidation.assertValid(novak.body());
        JsonObject name = novak.json().getJsonArray("name").getJsonObject(0);
        assertEquals("Novak", name.getString("family"));
        assertEquals("Dr. Petra Novak, PsyD", name.getString("text"));
        assertEquals("psy.novak", novak.json().getJsonArray("identifier").getJsonObject(0).getString("value"));

        ApiClient.Reply role = novakApi.getAnyType("fhir/PractitionerRole?practitioner=Practitioner/psy.novak");
        assertEquals(1, role.json().getInt("total"), role::toString);
        FhirValidation.assertValid(role.body());
        JsonObject psychologist = resources(role).get(0);
        assertEquals("psychologist", psychologist.getJsonArray("code").getJsonObject(0).getString("text"));
        assertEquals("Organization/clinic", psychologist.getJsonObject("organization").getString("reference"));
        boolean clinicPhone = novakApi.getAnyType("fhir/Organization/clinic").json().containsKey("telecom");
        assertEquals(clinicPhone, psychologist.containsKey("telecom"), "the clinic's phone is the way to reach them");
        assertEquals(clinicPhone, psychologist.containsKey("meta"), "and only then is the role US Core's");
        if (clinicPhone) {
            assertTrue(psychologist.getJsonObject("meta").getJsonArray("profile").getString(0)
                    .endsWith("us-core-practitionerrole"));
        }
    }

    @Test
    void practitionersAreSearchedByNameAndPatientsAndAdministratorsAreNoPractitioners() {
        ApiClient.Reply lee = clinic.as("nurse.kim").getAnyType("fhir/Practitioner?name=lee");
        assertEquals(200, lee.status(), lee::toString);
        FhirValidation.assertValid(lee.body());
        assertTrue(resources(lee).stream().anyMatch(p -> "dr.lee".equals(p.getString("id"))), lee::toString);
        ApiClient.Reply byUser = clinic.as("nurse.kim").getAnyType("fhir/Practitioner?identifier=urn:algos:fhir:user%7Cdr.okafor");
        assertEquals(1, byUser.json().getInt("total"), byUser::toString);
        assertEquals(0, clinic.as("nurse.kim").getAnyType("fhir/Practitioner?name=%25").json().getInt("total"),
                "a wildcard in a name is a character");

        assertEquals(404, clinic.as("nurse.kim").getAnyType("fhir/Practitioner/admin").status());
        TestPatient jane = clinic.newPatient("Jane", "Account");
        String account = clinic.patientAccount(jane).username();
        assertEquals(404, clinic.as("nurse.kim").getAnyType("fhir/Practitioner/" + account).status());
        String underscored = clinic.staffAccount("dr_new", "Dr. Ana Underscore", "physician");
        JsonObject found = resources(clinic.as("nurse.kim").getAnyType("fhir/Practitioner?identifier="
                + underscored)).get(0);
        assertTrue(found.getString("id").matches("u-[0-9a-f]{32}"), "a user name that is no FHIR id is hashed");
        ApiClient.Reply byHash = clinic.as("nurse.kim").getAnyType("fhir/Practitioner/" + found.getString("id"));
        assertEquals(200, byHash.status(), byHash::toString);
        assertEquals("Underscore", byHash.json().getJsonArray("name").getJsonObject(0).getString("family"));
        assertEquals(401, ApiClient.anonymous(clinic.base()).getAnyType("fhir/Practitioner/dr.lee").status());
    }

    @Test
    void provenanceTellsWhoWroteEachRecordAndFollowsTheRecordsAccessRule() {
        TestPatient jane = clinic.newPatient("Jane", "Provenance");
        ApiClient drLee = clinic.as("dr.lee");
        ApiClient.Reply added = drLee.post(jane.path() + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"M54.50\"}");
        assertEquals(201, added.status(), added::toString);
        long diagnosis = added.json().getJsonNumber("id").longValue();

        ApiClient.Reply history = drLee.getAnyType("fhir/Provenance?patient=" + jane.id());
        assertEquals(200, history.status(), history::toString);
        FhirValidation.assertValid(history.body());
        JsonObject written = resources(history).stream().filter(p -> p.getJsonArray("target").getJsonObject(0)
                .getString("reference").equals("Condition/" + diagnosis)).findFirst()
                .orElseThrow(() -> new AssertionError("no Provenance of the diagnosis: " + history));
        JsonObject author = written.getJsonArray("agent").getJsonObject(0);
        assertEquals("Practitioner/dr.lee", author.getJsonObject("who").getString("reference"));
        assertEquals("Organization/clinic", author.getJsonObject("onBehalfOf").getString("reference"));
        assertEquals("CREATE", written.getJsonObject("activity").getJsonArray("coding").getJsonObject(0).getString("code"));
        assertTrue(resources(history).stream().anyMatch(p -> p.getJsonArray("target").getJsonObject(0)
                .getString("reference").equals("Patient/" + jane.id())), "the registration, too");

        ApiClient.Reply one = drLee.getAnyType("fhir/Provenance/" + written.getString("id"));
        assertEquals(200, one.status(), one::toString);
        FhirValidation.assertValid(one.body());
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Provenance?patient=" + jane.id()).status());
        assertEquals(403, clinic.as("dr.okafor").getAnyType("fhir/Provenance/" + written.getString("id")).status());
        assertEquals(404, drLee.getAnyType("fhir/Provenance/999999999").status());
    }
}
