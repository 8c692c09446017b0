package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart page of a patient with a year of data: read under one access check with one audit
 * event naming its sections, and within a budget of SQL statements that does not grow with the
 * history (the server of this execution counts them, ALGOS_DIAGNOSTICS_STATEMENTS).
 */
class ChartPageIT {

    /** Sign-in check, access check and its event, header and team, about one query per section. */
    private static final int STATEMENT_BUDGET = 30;

    private static final Pattern STATEMENTS = Pattern.compile("id=\"sqlStatements\">(\\d+)<");
    private static final List<String> SECTIONS = List.of("summary", "safety alerts", "trends", "self-service",
            "diagnoses", "imaging", "blocks", "procedures", "care plans", "medications", "holds");

    private static Clinic clinic;
    private static TestPatient patient;

    @BeforeAll
    static void aYearOfData() {
        clinic = Clinic.builtIn();
        patient = clinic.newPatient("Year", "Chart");
        YearOfData.write(clinic, patient, clinic.patientAccount(patient), LocalDate.now());
    }

    @Test
    void aChartPageOfAYearOfDataStaysWithinItsStatementBudget() {
        PortalSession drLee = PortalSession.signIn(clinic.base(), "dr.lee", ApiClient.DEMO_PASSWORD);
        for (int view = 1; view <= 2; view++) {
            String page = drLee.get("app/patient.xhtml?id=" + patient.id());
            assertTrue(page.contains(patient.familyName()), "the chart shows the patient");
            assertTrue(page.contains("id=\"medicationsForm:holds\""), "the holds table is on the page");
            Matcher count = STATEMENTS.matcher(page);
            assertTrue(count.find(), "the page states its statement count (diagnostics on in the build)");
            int statements = Integer.parseInt(count.group(1));
            assertTrue(statements <= STATEMENT_BUDGET, "view " + view + " cost " + statements
                    + " SQL statements, the budget is " + STATEMENT_BUDGET);
        }
    }

    @Test
    void aChartPageWritesOneAuditEventNamingTheSectionsItRead() {
        PortalSession drLee = PortalSession.signIn(clinic.base(), "dr.lee", ApiClient.DEMO_PASSWORD);
        long before = newestEventId();
        drLee.get("app/patient.xhtml?id=" + patient.id());
        List<JsonObject> since = clinic.as("auditor").get("api/audit?patientId=" + patient.id() + "&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() > before && "dr.lee".equals(e.getString("username")))
                .toList();
        assertEquals(1, since.size(), () -> "one event for the page: " + since);
        JsonObject event = since.get(0);
        assertEquals("READ", event.getString("action"));
        assertEquals("Chart", event.getString("resource"));
        for (String section : SECTIONS) {
            assertTrue(event.getString("detail").contains(section), () -> section + " in " + event.getString("detail"));
        }
    }

    private static long newestEventId() {
        List<JsonObject> items = clinic.as("auditor").get("api/audit?patientId=" + patient.id() + "&size=1").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        return items.isEmpty() ? 0 : items.get(0).getJsonNumber("id").longValue();
    }
}
