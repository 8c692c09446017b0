package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart page of a patient with a year of data: opened under one access check with one audit
 * event naming the sections it read and counted, each section then read when opened with an event
 * of its own, all within a budget of SQL statements that does not grow with the history (the
 * server of this execution counts them, ALGOS_DIAGNOSTICS_STATEMENTS).
 */
class ChartPageIT {

    /** Sign-in check, access check and its event, header and team, about one query per section. */
    private static final int STATEMENT_BUDGET = 30;

    private static final Pattern STATEMENTS = Pattern.compile("id=\"sqlStatements\">(\\d+)<");
    private static final List<String> READ_ON_OPEN = List.of("summary", "safety alerts");
    private static final List<String> COUNTED = List.of("trends", "self-service", "diagnoses", "imaging", "blocks",
            "procedures", "care plans", "medications", "holds", "documents");
    /** Each section's anchor and something only the opened section shows. */
    private static final Map<String, String> OPENED = new LinkedHashMap<>();

    static {
        OPENED.put("trends", "id=\"trendsForm:nrsTable\"");
        OPENED.put("self-service", "id=\"selfServiceTitle\"");
        OPENED.put("diagnoses", "id=\"diagnosesForm:diagnoses\"");
        OPENED.put("imaging", "id=\"imagingForm:findings\"");
        OPENED.put("blocks", "id=\"blocksForm:blocks\"");
        OPENED.put("procedures", "id=\"proceduresForm:procedures\"");
        OPENED.put("care-plans", "id=\"carePlansForm:carePlans\"");
        OPENED.put("medications", "id=\"medicationsForm:holds\"");
        OPENED.put("documents", "id=\"documentsForm:documents\"");
    }

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
            assertTrue(page.contains("id=\"chartSummary\""), "the summary is read as the chart opens");
            assertFalse(page.contains("id=\"medicationsForm:holds\""), "the medications wait until opened");
            assertWithinBudget(page, "view " + view);
        }
        OPENED.forEach((anchor, shown) -> {
            String page = drLee.get("app/patient.xhtml?id=" + patient.id() + "&open=" + anchor);
            assertTrue(page.contains(shown), anchor + " opened shows " + shown);
            assertWithinBudget(page, "the chart opened on " + anchor);
        });
    }

    private static void assertWithinBudget(String page, String what) {
        Matcher count = STATEMENTS.matcher(page);
        assertTrue(count.find(), "the page states its statement count (diagnostics on in the build)");
        int statements = Integer.parseInt(count.group(1));
        assertTrue(statements <= STATEMENT_BUDGET, what + " cost " + statements + " SQL statements, the budget is "
                + STATEMENT_BUDGET);
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
        String detail = event.getString("detail");
        String read = detail.substring(0, detail.indexOf("; counted for the menu: "));
        String counted = detail.substring(read.length());
        READ_ON_OPEN.forEach(section -> assertTrue(read.contains(section), () -> section + " read in " + detail));
        COUNTED.forEach(section -> assertTrue(counted.contains(section), () -> section + " counted in " + detail));

        long opened = newestEventId();
        drLee.get("app/patient.xhtml?id=" + patient.id() + "&open=medications");
        List<String> details = clinic.as("auditor").get("api/audit?patientId=" + patient.id() + "&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() > opened && "dr.lee".equals(e.getString("username")))
                .map(e -> e.getString("detail")).toList();
        assertEquals(2, details.size(), () -> "the chart, then the section opened: " + details);
        assertTrue(details.contains("chart read: holds, medications"), details::toString);
    }

    private static long newestEventId() {
        List<JsonObject> items = clinic.as("auditor").get("api/audit?patientId=" + patient.id() + "&size=1").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        return items.isEmpty() ? 0 : items.get(0).getJsonNumber("id").longValue();
    }
}
