package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeLevel;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.medication.OpioidDose;
import org.algos.web.it.portal.Browser;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.SignInPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo clinic as {@code bin/algos run} shows it: a Payara Micro of its own with demo mode and
 * the year of history on (the build's servers run without the history), read through the API as
 * the demo's physician, the team and Jane Doe's own account would read it.
 */
class DemoClinicIT {

    private static OwnServer server;
    private static ApiClient drLee;
    private static LocalDate today;

    @BeforeAll
    static void start() throws Exception {
        server = OwnServer.fresh(Path.of("target", "demo-clinic-data"),
                Map.of("ALGOS_DEMO", "true", "ALGOS_DEMO_HISTORY", "true"));
        server.start();
        drLee = ApiClient.as(server.base(), "dr.lee");
        today = LocalDate.now(java.time.ZoneOffset.UTC);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static long patientId(String mrn) {
        ApiClient.Reply r = drLee.get("api/patients?q=" + mrn);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("mrn").equals(mrn)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonArray array(ApiClient client, String path) {
        ApiClient.Reply r = client.get(path);
        assertEquals(200, r.status(), r::toString);
        return r.array();
    }

    @Test
    void janesOdiPassesTheMcidAfterHerAblationWhichHasItsNoteAndFollowUps() {
        long jane = patientId("DEMO-0001");
        List<JsonObject> odi = array(drLee, "api/patients/" + jane + "/assessments?instrument=ODI")
                .getValuesAs(JsonObject.class);
        assertEquals(12, odi.size());
        assertEquals("severe", odi.get(0).getString("band"));
        assertTrue(odi.get(odi.size() - 1).getBoolean("mcidReached"), odi.get(odi.size() - 1)::toString);

        JsonObject rfa = array(drLee, "api/patients/" + jane + "/procedures").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("procedure").equals("RFA_LUMBAR")).findFirst().orElseThrow();
        assertEquals("completed", rfa.getString("status"));
        assertEquals(3, rfa.getJsonArray("followUps").size());
        assertEquals("18G RF cannula", rfa.getJsonObject("note").getString("needle"));
        assertEquals(0, rfa.getJsonArray("checklistOpen").size());
    }

    @Test
    void janesDemoChartDrawsHerTrendsAndCountsHerRecordInTheMenu() {
        long jane = patientId("DEMO-0001");
        try (Browser browser = new Browser(server.base().toString())) {
            new SignInPage(browser).open().signInAs("dr.lee", "demo");
            browser.open("app/patient.xhtml?id=" + jane);
            new PatientChartPage(browser);
            assertTrue(browser.textOf("menuProcedures").matches("Procedures [1-9][0-9]*"),
                    () -> browser.textOf("menuProcedures"));
            browser.screenshot(Path.of("target", "screenshots", "demo-chart-jane-doe.png"));
            browser.assertNoScriptErrorsOrStackTraces();
        }
    }

    @Test
    void johnsEpiduralIsOnTodaysWorklistBesideMariasImplant() {
        long john = patientId("DEMO-0002");
        long maria = patientId("DEMO-0003");
        for (String clinician : List.of("dr.lee", "nurse.kim")) {
            List<JsonObject> worklist = array(ApiClient.as(server.base(), clinician), "api/worklist")
                    .getValuesAs(JsonObject.class);
            assertTrue(worklist.stream().anyMatch(e -> e.getJsonNumber("patientId").longValue() == john
                    && e.getString("procedure").equals("ESI_LUMBAR_TF") && e.getString("status").equals("checked-in")),
                    worklist::toString);
            assertTrue(worklist.stream().anyMatch(e -> e.getJsonNumber("patientId").longValue() == maria
                    && e.getString("procedure").equals("SCS_IMPLANT")), worklist::toString);
        }
        long epiduralsThisYear = array(drLee, "api/patients/" + john + "/procedures").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("procedure").equals("ESI_LUMBAR_TF")).count();
        assertEquals(4, epiduralsThisYear, "three done and today's: the rolling year's limit");
    }

    @Test
    void ahmedsMmeFellFromAbove90AYearAgoToBelow50Today() {
        long ahmed = patientId("DEMO-0004");
        ApiClient.Reply mme = drLee.get("api/patients/" + ahmed + "/mme");
        assertEquals(200, mme.status(), mme::toString);
        assertEquals("below50", mme.json().getString("level"));
        LocalDate yearAgo = today.minusMonths(12);
        List<OpioidDose> then = array(drLee, "api/patients/" + ahmed + "/medications").getValuesAs(JsonObject.class)
                .stream().filter(m -> takenOn(m, yearAgo))
                .map(m -> OpioidDose.oral(m.getString("drug"), m.getJsonNumber("doseMg").doubleValue(),
                        m.getJsonNumber("dosesPerDay").doubleValue())).toList();
        MmeResult yearAgoMme = new MmeCalculator().calculate(then);
        assertEquals(MmeLevel.AT_LEAST_90, yearAgoMme.level(), yearAgoMme::toString);
    }

    private static boolean takenOn(JsonObject medication, LocalDate day) {
        LocalDate started = LocalDate.parse(medication.getString("startedOn"));
        boolean stopped = medication.containsKey("stoppedOn") && medication.get("stoppedOn") != JsonValue.NULL
                && LocalDate.parse(medication.getString("stoppedOn")).isBefore(day);
        return !started.isAfter(day) && !stopped;
    }

    @Test
    void theFivePatientsInCareHaveAnActivePlanAndEveryClinicianOpenTasks() {
        for (String mrn : List.of("DEMO-0001", "DEMO-0002", "DEMO-0003", "DEMO-0004", "DEMO-0005")) {
            List<JsonObject> plans = array(drLee, "api/patients/" + patientId(mrn) + "/care-plans")
                    .getValuesAs(JsonObject.class);
            assertEquals(List.of("active"), plans.stream().map(p -> p.getString("status")).toList(), mrn);
        }
        for (String clinician : List.of("dr.lee", "nurse.kim", "pt.garcia", "psy.novak")) {
            ApiClient.Reply tasks = ApiClient.as(server.base(), clinician).get("api/tasks");
            assertEquals(200, tasks.status(), tasks::toString);
            assertTrue(tasks.json().getJsonNumber("total").longValue() >= 3, () -> clinician + ": " + tasks);
        }
    }

    @Test
    void janeReadsAYearOfHerDiaryInHerOwnAccount() {
        long jane = patientId("DEMO-0001");
        ApiClient.Reply diary = ApiClient.as(server.base(), "pat.doe").get("api/patients/" + jane + "/diary");
        assertEquals(200, diary.status(), diary::toString);
        assertEquals(365, diary.json().getJsonNumber("total").longValue());
    }

    @Test
    void theSignInPageSaysWhatToLookAtAndTheAuditChainIsIntact() {
        ApiClient.Reply page = ApiClient.anonymous(server.base()).get("login.xhtml");
        assertTrue(page.body().contains("id=\"demoHint\"") && page.body().contains("John Smith"), page::toString);
        JsonObject verify = ApiClient.as(server.base(), "auditor").get("api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
    }
}
