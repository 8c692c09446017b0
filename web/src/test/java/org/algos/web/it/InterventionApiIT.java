package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The intervention API: eligibility with sources, 422 and the physician's override, checklist, completion. */
class InterventionApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Clinic clinic;
    private URI base;
    private ApiClient drLee;
    private ApiClient drOkafor;
    private ApiClient nurseKim;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        base = clinic.base();
        drLee = clinic.as("dr.lee");
        drOkafor = clinic.as("dr.okafor");
        nurseKim = clinic.as("nurse.kim");
    }

    private long newPatient() {
        return clinic.register("dr.lee", "Inter", "Vention", "1958-03-03", "male", "nurse.kim").id();
    }

    private JsonObject eligibility(long patient, String procedure, String side, LocalDate date) {
        ApiClient.Reply r = drLee.get("api/patients/" + patient + "/eligibility?procedure=" + procedure
                + (side == null ? "" : "&side=" + side) + "&date=" + date);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static List<String> rules(JsonObject result, String list) {
        return result.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(f -> f.getString("rule")).toList();
    }

    private void mbb(long patient, String side, LocalDate on, int before, int after) {
        ApiClient.Reply r = drLee.post("api/patients/" + patient + "/diagnostic-blocks", "{\"type\":\"MBB_LUMBAR\","
                + "\"side\":\"" + side + "\",\"levels\":[\"L4-L5\",\"L5-S1\"],\"agent\":\"bupivacaine 0.5%\","
                + "\"painBefore\":" + before + ",\"painAfter\":" + after + ",\"performedOn\":\"" + on + "\"}");
        assertEquals(201, r.status(), r::toString);
    }

    private String rfaBooking(String extra) {
        return "{\"procedure\":\"RFA_LUMBAR\",\"side\":\"left\",\"levels\":[\"L4-L5\",\"L5-S1\"],\"date\":\""
                + TODAY.plusDays(7) + "\"" + extra + "}";
    }

    @Test
    void anRfaWithoutTwoPositiveBlocksIsRefusedWithItsSourceUnlessAPhysicianOverrides() {
        long p = newPatient();
        JsonObject result = eligibility(p, "RFA_LUMBAR", "left", TODAY.plusDays(7));
        assertFalse(result.getBoolean("eligible"));
        JsonObject reason = result.getJsonArray("reasons").getJsonObject(0);
        assertTrue(reason.getString("source").contains("L38803"), reason::toString);
        assertEquals(0, result.getJsonArray("holds").size());

        ApiClient.Reply refused = drLee.post("api/patients/" + p + "/procedures", rfaBooking(""));
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        assertEquals(rules(result, "reasons"), refused.json().getJsonArray("reasons").getValuesAs(JsonObject.class)
                .stream().map(f -> f.getString("rule")).toList(), "the 422 names the same refusing rules");

        assertEquals(403, nurseKim.post("api/patients/" + p + "/procedures",
                rfaBooking(",\"override\":{\"reason\":\"Blocks done at another hospital\"}")).status(),
                "only a physician overrides");
        ApiClient.Reply empty = drLee.post("api/patients/" + p + "/procedures", rfaBooking(",\"override\":{\"reason\":\" \"}"));
        assertEquals(400, empty.status());
        assertEquals("override.reason", empty.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        ApiClient.Reply overridden = drLee.post("api/patients/" + p + "/procedures",
                rfaBooking(",\"override\":{\"reason\":\"Two positive blocks documented at another hospital\"}"));
        assertEquals(201, overridden.status(), overridden::toString);
        assertEquals("Two positive blocks documented at another hospital", overridden.json().getString("overrideReason"));
        assertEquals("dr.lee", overridden.json().getString("overriddenBy"));
        assertTrue(overridden.json().getJsonArray("cptCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(c -> c.getString().contains("64635")));

        List<JsonObject> audit = ApiClient.as(base, "auditor").get("api/audit?patientId=" + p + "&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("purpose").startsWith("eligibility override")
                && e.getBoolean("flagged")), "the override is audited and flagged");
    }

    @Test
    void twoPositiveMedialBranchBlocksOnDifferentDatesMakeTheFirstRfaEligible() {
        long p = newPatient();
        mbb(p, "bilateral", TODAY.minusDays(30), 5, 1);   // exactly 80 %
        assertFalse(eligibility(p, "RFA_LUMBAR", "left", TODAY.plusDays(7)).getBoolean("eligible"), "one block is not two");
        mbb(p, "left", TODAY.minusDays(14), 8, 1);        // 87.5 %
        JsonObject left = eligibility(p, "RFA_LUMBAR", "left", TODAY.plusDays(7));
        assertTrue(left.getBoolean("eligible"), left::toString);
        assertFalse(eligibility(p, "RFA_LUMBAR", "right", TODAY.plusDays(7)).getBoolean("eligible"),
                "the left block does not count for the right side");
        assertEquals(201, drLee.post("api/patients/" + p + "/procedures", rfaBooking("")).status());
    }

    @Test
    void theFifthEpiduralInARollingYearIsRefusedTheFourthIsNot() {
        long p = newPatient();
        String[] approaches = {"ESI_LUMBAR_TF", "ESI_LUMBAR_IL", "ESI_CAUDAL"};
        for (int i = 0; i < 3; i++) {
            ApiClient.Reply r = drLee.post("api/patients/" + p + "/procedures", "{\"procedure\":\"" + approaches[i]
                    + "\",\"side\":\"left\",\"levels\":[\"L5-S1\"],\"date\":\"" + TODAY.minusMonths(9 - 2L * i)
                    + "\",\"status\":\"completed\",\"painBefore\":8,\"painAfter\":2}");
            assertEquals(201, r.status(), r::toString);
        }
        JsonObject fourth = eligibility(p, "ESI_LUMBAR_IL", null, TODAY.plusDays(1));
        assertTrue(fourth.getBoolean("eligible"), fourth::toString);
        assertEquals(201, drLee.post("api/patients/" + p + "/procedures", "{\"procedure\":\"ESI_LUMBAR_IL\","
                + "\"levels\":[\"L4-L5\"],\"date\":\"" + TODAY.plusDays(1) + "\"}").status());
        JsonObject fifth = eligibility(p, "ESI_LUMBAR_TF", "right", TODAY.plusDays(2));
        assertFalse(fifth.getBoolean("eligible"), "transforaminal, interlaminar and caudal count together");
        assertTrue(fifth.getJsonArray("reasons").getJsonObject(0).getString("source").contains("L39240"),
                fifth::toString);
        assertTrue(eligibility(p, "ESI_CERVICAL_IL", null, TODAY.plusDays(2)).getBoolean("eligible"),
                "cervical epidurals are counted apart");
    }

    @Test
    void aProcedureIsCompletedOnlyWithTheWholeChecklistAndThenFollowedUp() {
        long p = newPatient();
        ApiClient.Reply booked = nurseKim.post("api/patients/" + p + "/procedures", "{\"procedure\":\"TRIGGER_POINT\","
                + "\"date\":\"" + TODAY + "\"}");
        assertEquals(201, booked.status(), booked::toString);
        long id = booked.json().getJsonNumber("id").longValue();
        String path = "api/patients/" + p + "/procedures/" + id;

        List<Long> today = nurseKim.get("api/worklist").array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("procedureId").longValue()).toList();
        assertTrue(today.contains(id), "the day's worklist shows it to the care team");
        assertFalse(drOkafor.get("api/worklist").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonNumber("procedureId").longValue() == id), "but not to others");

        assertEquals(200, nurseKim.post(path + "/check-in", "").status());
        String note = "{\"approach\":\"trigger points, trapezius\",\"guidance\":\"none\",\"needle\":\"25G\","
                + "\"medications\":\"lidocaine 1% 3 ml\",\"complications\":\"none\",\"disposition\":\"home\","
                + "\"painBefore\":7,\"painAfter\":2}";
        ApiClient.Reply early = drLee.post(path + "/complete", note);
        assertEquals(400, early.status(), early::toString);
        JsonObject error = early.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("checklist", error.getString("field"));
        assertTrue(error.getString("message").contains("consent"), error::toString);

        assertEquals(400, nurseKim.put(path + "/checklist/consent", "{\"answer\":\"not-applicable\"}", null).status(),
                "consent always applies");
        for (String item : List.of("consent", "allergies", "anticoagulation", "infection", "siteMarked", "timeOut")) {
            assertEquals(200, nurseKim.put(path + "/checklist/" + item, "{\"answer\":\"done\"}", null).status(), item);
        }
        assertEquals(200, nurseKim.put(path + "/checklist/pregnancy", "{\"answer\":\"not-applicable\"}", null).status());
        ApiClient.Reply stillOpen = drLee.post(path + "/complete", note);
        assertTrue(stillOpen.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("Glucose"),
                stillOpen::toString);
        assertEquals(200, nurseKim.put(path + "/checklist/glucose", "{\"answer\":\"not-applicable\"}", null).status());

        ApiClient.Reply done = drLee.post(path + "/complete", note);
        assertEquals(200, done.status(), done::toString);
        assertEquals("completed", done.json().getString("status"));
        assertEquals(71.4, done.json().getJsonNumber("reliefPercent").doubleValue());
        assertEquals("lidocaine 1% 3 ml", done.json().getJsonObject("note").getString("medications"));
        assertEquals(409, nurseKim.post(path + "/cancel", "").status(), "a completed procedure stays completed");

        assertEquals(201, nurseKim.post(path + "/follow-ups", "{\"date\":\"" + TODAY + "\",\"painNow\":3,"
                + "\"reliefPercent\":60,\"functionNote\":\"back at work\"}").status());
        JsonObject listed = drLee.get("api/patients/" + p + "/procedures").array().getJsonObject(0);
        assertEquals(1, listed.getJsonArray("followUps").size());
    }

    @Test
    void badRequestsAndOutsidersAreRefusedClearly() {
        long p = newPatient();
        ApiClient.Reply unknown = drLee.get("api/patients/" + p + "/eligibility?procedure=KYPHOPLASTY&date=" + TODAY);
        assertEquals(400, unknown.status());
        assertEquals("procedure", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiClient.Reply noSide = drLee.get("api/patients/" + p + "/eligibility?procedure=RFA_LUMBAR&date=" + TODAY);
        assertEquals(400, noSide.status());
        assertEquals("side", noSide.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, drOkafor.get("api/patients/" + p + "/eligibility?procedure=TRIGGER_POINT&date=" + TODAY)
                .status());
        JsonObject trial = eligibility(p, "SCS_TRIAL", null, TODAY.plusDays(14));
        assertFalse(trial.getBoolean("eligible"), "no psychological clearance is recorded");
        ApiClient.Reply past = drLee.post("api/patients/" + p + "/procedures", "{\"procedure\":\"TRIGGER_POINT\","
                + "\"date\":\"" + TODAY.minusDays(1) + "\"}");
        assertEquals(400, past.status());
    }
}
