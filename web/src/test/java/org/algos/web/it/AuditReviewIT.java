package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The auditor's review of break-glass access: the flagged events of a patient, on H2 and PostgreSQL. */
class AuditReviewIT {

    private final Clinic clinic = Clinic.builtIn();

    @Test
    void flaggedOnlyListsTheBreakGlassReadsOfThePatientAndNothingElse() {
        TestPatient patient = clinic.newPatient("Glass", "Broken");
        ApiClient drOkafor = clinic.as("dr.okafor");
        assertEquals(403, drOkafor.get(patient.path()).status(), "dr.okafor is on no care team");
        ApiClient.Reply grant = drOkafor.post(patient.path() + "/break-glass",
                "{\"reason\":\"On call, patient in recovery with severe pain\"}");
        assertTrue(grant.status() == 200 || grant.status() == 201, grant::toString);
        assertEquals(200, drOkafor.get(patient.path()).status());

        ApiClient.Reply flagged = clinic.as("auditor").get("api/audit?patientId=" + patient.id() + "&flagged=true");
        assertEquals(200, flagged.status(), flagged::toString);
        List<JsonObject> items = flagged.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().allMatch(e -> e.getBoolean("flagged")), items::toString);
        assertTrue(items.stream().anyMatch(e -> "dr.okafor".equals(e.getString("username"))
                && "SUCCESS".equals(e.getString("outcome"))), () -> "the break-glass read is there: " + items);
        ApiClient.Reply all = clinic.as("auditor").get("api/audit?patientId=" + patient.id());
        assertTrue(all.json().getJsonNumber("total").longValue() > flagged.json().getJsonNumber("total").longValue(),
                "the registration and dr.lee's reads are not flagged");
    }
}
