package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outcome loop through the API: an ablation done three months ago and entered now asks the
 * patient the follow-ups still to come; the patient answers the 3-month pair; the registry
 * counts it, names no patient, refuses bad questions field by field and is audited.
 */
class OutcomesApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final Clinic clinic = Clinic.builtIn();
    private final ApiClient drLee = clinic.as("dr.lee");

    private static String answers(String instrument, int each, int items, String takenAt) {
        StringBuilder json = new StringBuilder("{\"instrument\":\"" + instrument + "\",\"answers\":{");
        for (int i = 1; i <= items; i++) {
            json.append(i > 1 ? "," : "").append('"').append(i).append("\":").append(each);
        }
        return json.append('}').append(takenAt == null ? "" : ",\"takenAt\":\"" + takenAt + "\"").append('}').toString();
    }

    private JsonObject outcome(JsonObject registry, String measure) {
        return registry.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("measure").equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void theThreeMonthAnswersOfAnAblationEnteredLateAreCountedByTheRegistry() {
        LocalDate done = TODAY.minusDays(91);
        TestPatient patient = clinic.register("dr.lee", "Outcome", "Api", "1961-04-02", "female");
        Clinic.PatientAccount account = clinic.patientAccount(patient);
        ApiClient.Reply baseline = account.api().post(patient.path() + "/assessments",
                answers("ODI", 3, 10, done.minusDays(10) + "T09:00:00Z"));
        assertEquals(201, baseline.status(), baseline::toString);
        String registry = "api/outcomes?procedure=RFA_LUMBAR&from=" + done + "&to=" + done + "&months=3";
        JsonObject before = drLee.get(registry).json();

        ApiClient.Reply entered = drLee.post(patient.path() + "/procedures", "{\"procedure\":\"RFA_LUMBAR\","
                + "\"side\":\"left\",\"levels\":[\"L4-L5\"],\"date\":\"" + done + "\",\"status\":\"completed\","
                + "\"painBefore\":8,\"painAfter\":2}");
        assertEquals(201, entered.status(), entered::toString);
        long procedure = entered.json().getJsonNumber("id").longValue();
        List<JsonObject> open = account.api().get(patient.path() + "/questionnaire-assignments").array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("ODI 3m", "PEG 3m"), open.stream().map(q -> q.getString("instrument") + " "
                + q.getString("followUpPoint")).sorted().toList(), open::toString);
        assertTrue(open.stream().allMatch(q -> q.getJsonNumber("procedureId").longValue() == procedure));

        assertEquals(201, account.api().post(patient.path() + "/assessments", "{\"instrument\":\"PEG\",\"answers\":"
                + "{\"1\":3,\"2\":4,\"3\":3}}").status());
        assertEquals(201, account.api().post(patient.path() + "/assessments", answers("ODI", 1, 10, null)).status());
        assertEquals(List.of(), account.api().get(patient.path() + "/questionnaire-assignments").array(),
                "both answered; 6 and 12 months open later");

        JsonObject after = drLee.get(registry).json();
        assertEquals(before.getInt("cohort") + 1, after.getInt("cohort"));
        assertEquals(before.getInt("followedUp") + 1, after.getInt("followedUp"));
        for (String measure : List.of("nrs30", "nrs50", "function-mcid")) {
            assertEquals(outcome(before, measure).getInt("responders") + 1, outcome(after, measure).getInt("responders"),
                    measure + ": 8 → 3 and ODI 60 % → 20 %");
        }
        assertEquals(after.getInt("cohort"), after.getJsonObject("repeat").getInt("cohort"),
                "ablations report the time to a repeat");
        JsonObject nrs30 = outcome(after, "nrs30");
        assertEquals(2, nrs30.getJsonArray("ci95").size());
        assertTrue(after.toString().indexOf(patient.familyName()) < 0 && after.toString().indexOf(patient.mrn()) < 0,
                "aggregates only");
        List<JsonObject> mine = drLee.get("api/outcomes/patients?procedure=RFA_LUMBAR&from=" + done + "&to=" + done
                + "&months=3&size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(mine.stream().anyMatch(m -> m.getJsonNumber("procedureId").longValue() == procedure
                && m.getInt("painNow") == 3 && m.getBoolean("functionImproved")), mine::toString);
        assertEquals(List.of(), clinic.as("dr.okafor").get("api/outcomes/patients?procedure=RFA_LUMBAR&from=" + done
                + "&to=" + done + "&months=3").json().getJsonArray("items").stream()
                .filter(m -> m.asJsonObject().getJsonNumber("procedureId").longValue() == procedure).toList(),
                "the drill-down shows a physician only the patients of their care teams");
        assertTrue(clinic.as("auditor").get("api/audit?user=dr.lee&action=SEARCH&size=20").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("detail", "")
                        .startsWith("outcomes registry RFA_LUMBAR " + done)), "the question is audited");
    }

    @Test
    void aBadQuestionIsRefusedFieldByFieldAndOnlyPhysiciansAsk() {
        ApiClient.Reply bad = drLee.get("api/outcomes?procedure=YOGA&from=2026-02-30&months=4");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.isProblem());
        assertEquals(List.of("procedure", "from", "to", "months"), bad.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        String fine = "api/outcomes?procedure=FACET_RFA&from=2026-01-01&to=2026-06-30&months=6";
        assertEquals(200, drLee.get(fine).status());
        for (String user : List.of("nurse.kim", "admin", "auditor")) {
            assertEquals(403, clinic.as(user).get(fine).status(), user);
        }
    }

    @Test
    void theDeIdentifiedExportHasALinePerDuePointAndNoIdentifier() {
        LocalDate done = TODAY.minusDays(100);
        TestPatient patient = clinic.register("dr.lee", "Export", "Csvson", "1950-03-03", "male");
        ApiClient.Reply entered = drLee.post(patient.path() + "/procedures", "{\"procedure\":\"SIJ_INJECTION\","
                + "\"side\":\"right\",\"date\":\"" + done + "\",\"status\":\"completed\","
                + "\"painBefore\":6,\"painAfter\":2}");
        assertEquals(201, entered.status(), entered::toString);

        ApiClient.Reply csv = drLee.getAnyType("api/outcomes/export?procedure=SIJ_INJECTION&from=" + done
                + "&to=" + done);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertTrue(lines.get(0).startsWith("patient,sex,age_band,procedure,family,side,levels,follow_up_point,"),
                lines.get(0));
        int age = java.time.Period.between(LocalDate.of(1950, 3, 3), done).getYears();
        String band = age / 5 * 5 + "-" + (age / 5 * 5 + 4);
        List<String> ours = lines.stream().filter(l -> l.contains(",male," + band + ",SIJ_INJECTION,")).toList();
        assertTrue(ours.size() >= 2 && ours.stream().anyMatch(l -> l.contains(",2w,no,"))
                && ours.stream().anyMatch(l -> l.contains(",3m,no,")), "2 weeks and 3 months are due: " + lines);
        for (String leak : List.of(patient.familyName(), patient.mrn(), "1950-03-03", done.toString())) {
            assertTrue(csv.body().indexOf(leak) < 0, leak + " leaked: " + csv.body());
        }
        assertTrue(clinic.as("auditor").get("api/audit?user=dr.lee&size=20").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("detail", "")
                        .startsWith("de-identified outcomes export SIJ_INJECTION " + done)), "audited");

        ApiClient.Reply bad = drLee.getAnyType("api/outcomes/export?procedure=SIJ_INJECTION&from=someday");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.isProblem(), bad::toString);
        assertEquals(List.of("from", "to"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList());
        assertEquals(403, clinic.as("nurse.kim").getAnyType("api/outcomes/export?procedure=SIJ_INJECTION&from="
                + done + "&to=" + done).status());
    }
}
