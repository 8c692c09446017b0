package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Medications with MME, anticoagulant holds in the eligibility answer, and the psychological clearance. */
class CarePlanApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Clinic clinic;
    private ApiClient drLee;
    private ApiClient psyNovak;
    private ApiClient drOkafor;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        drLee = clinic.as("dr.lee");
        psyNovak = clinic.as("psy.novak");
        drOkafor = clinic.as("dr.okafor");
    }

    private long newPatient() {
        return clinic.register("dr.lee", "Care", "Plan", "1962-07-07", "female", "psy.novak").id();
    }

    private JsonObject medication(long patient, String json) {
        ApiClient.Reply r = drLee.post("api/patients/" + patient + "/medications", json);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    @Test
    void mmeFollowsTheCdcFactorsAndLevels() {
        long p = newPatient();
        String since = ",\"startedOn\":\"" + TODAY.minusMonths(2) + "\"}";
        medication(p, "{\"drug\":\"Oxycodone\",\"doseMg\":10,\"dosesPerDay\":3,\"route\":\"oral\"" + since);
        JsonObject mme = drLee.get("api/patients/" + p + "/mme").json();
        assertEquals(45.0, mme.getJsonNumber("totalMme").doubleValue(), "oxycodone 10 mg × 3 × 1.5");
        assertEquals("below50", mme.getString("level"));

        medication(p, "{\"drug\":\"tramadol\",\"doseMg\":50,\"dosesPerDay\":1" + since);
        mme = drLee.get("api/patients/" + p + "/mme").json();
        assertEquals(55.0, mme.getJsonNumber("totalMme").doubleValue(), "+ tramadol 50 mg × 0.2");
        assertEquals("50to89", mme.getString("level"));
        assertTrue(mme.getJsonArray("advice").toString().contains("naloxone"), mme::toString);

        medication(p, "{\"drug\":\"fentanyl\",\"mcgPerHour\":25" + since);
        medication(p, "{\"drug\":\"buprenorphine\",\"doseMg\":2,\"dosesPerDay\":1" + since);
        medication(p, "{\"drug\":\"diazepam\",\"doseMg\":5,\"dosesPerDay\":1" + since);
        mme = drLee.get("api/patients/" + p + "/mme").json();
        assertEquals(115.0, mme.getJsonNumber("totalMme").doubleValue(), "+ fentanyl 25 mcg/h × 2.4; buprenorphine not counted");
        assertEquals("90plus", mme.getString("level"));
        assertTrue(mme.getBoolean("benzodiazepineCoPrescribed"));
        assertTrue(mme.getString("source").contains("CDC"));

        ApiClient.Reply negative = drLee.post("api/patients/" + p + "/medications",
                "{\"drug\":\"morphine\",\"doseMg\":-5,\"dosesPerDay\":2" + since);
        assertEquals(400, negative.status(), negative::toString);
        assertTrue(negative.json().getJsonArray("errors").getJsonObject(0).getString("field").contains("doseMg"));
        assertEquals(403, drOkafor.get("api/patients/" + p + "/mme").status());
    }

    @Test
    void opioidSafetyItemsAreRecordedAndShownFromFiftyMme() {
        long p = newPatient();
        String since = ",\"startedOn\":\"" + TODAY.minusMonths(2) + "\"}";
        medication(p, "{\"drug\":\"oxycodone\",\"doseMg\":10,\"dosesPerDay\":3" + since);
        assertFalse(drLee.get("api/patients/" + p + "/mme").json().containsKey("opioidSafety"), "45 MME: not pressed");

        JsonObject extra = medication(p, "{\"drug\":\"oxycodone\",\"doseMg\":5,\"dosesPerDay\":1" + since);
        JsonObject mme = drLee.get("api/patients/" + p + "/mme").json();
        assertEquals(52.5, mme.getJsonNumber("totalMme").doubleValue());
        JsonObject safety = mme.getJsonObject("opioidSafety");
        assertEquals(0, safety.getInt("version"));
        assertEquals(List.of("missing", "missing", "missing", "missing"),
                safety.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("status")).toList());

        String path = "api/patients/" + p + "/opioid-safety";
        String dates = "{\"agreementSignedOn\":\"" + TODAY.minusDays(10) + "\",\"drugScreenOn\":\"" + TODAY.minusDays(10)
                + "\",\"drugScreenResult\":\"as prescribed\",\"pdmpCheckedOn\":\"" + TODAY.minusMonths(4)
                + "\",\"naloxoneOfferedOn\":\"" + TODAY + "\"}";
        assertEquals(428, drLee.put(path, dates, null).status(), "a save names the version it read");
        ApiClient.Reply future = drLee.put(path, "{\"naloxoneOfferedOn\":\"" + TODAY.plusDays(1) + "\"}", "0");
        assertEquals(400, future.status(), future::toString);
        assertEquals("naloxoneOfferedOn", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiClient.Reply physio = clinic.as("pt.garcia").put(path, dates, "0");
        assertEquals(403, physio.status(), physio::toString);

        ApiClient.Reply saved = drLee.put(path, dates, "0");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(409, drLee.put(path, dates, "0").status(), "a second save on the old version is a conflict");

        safety = drLee.get("api/patients/" + p + "/mme").json().getJsonObject("opioidSafety");
        List<JsonObject> items = safety.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("recorded", "recorded", "overdue", "recorded"),
                items.stream().map(i -> i.getString("status")).toList(), "a PDMP check 4 months ago is overdue");
        assertEquals(TODAY.toString(), safety.getString("naloxoneOfferedOn"));
        assertEquals("as prescribed", safety.getString("drugScreenResult"));
        assertEquals(403, drOkafor.get(path).status());

        // Stopping the extra dose yesterday brings the total back under 50: the items are recorded but not pressed.
        String stop = "api/patients/" + p + "/medications/" + extra.getInt("id") + "/stop";
        String yesterday = "{\"stoppedOn\":\"" + TODAY.minusDays(1) + "\"}";
        assertEquals(428, drLee.post(stop, yesterday).status(), "a stop names the version it read");
        ApiClient.Reply early = drLee.postIfMatch(stop, "{\"stoppedOn\":\"" + TODAY.minusYears(1) + "\"}",
                String.valueOf(extra.getInt("version")));
        assertEquals(400, early.status(), "before the start");
        assertEquals("stoppedOn", early.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiClient.Reply stopped = drLee.postIfMatch(stop, yesterday, String.valueOf(extra.getInt("version")));
        assertEquals(200, stopped.status(), stopped::toString);
        assertEquals(TODAY.minusDays(1).toString(), stopped.json().getString("stoppedOn"));
        assertEquals(409, drLee.postIfMatch(stop, yesterday, String.valueOf(extra.getInt("version"))).status());
        mme = drLee.get("api/patients/" + p + "/mme").json();
        assertEquals(45.0, mme.getJsonNumber("totalMme").doubleValue());
        assertFalse(mme.containsKey("opioidSafety"));
        assertEquals(200, drLee.get(path).status(), "still recorded below 50");
    }

    @Test
    void eligibilityListsAnticoagulantHoldsByTheProceduresBleedingRisk() {
        long p = newPatient();
        medication(p, "{\"drug\":\"apixaban\",\"doseMg\":5,\"dosesPerDay\":2,\"startedOn\":\"" + TODAY.minusYears(1) + "\"}");
        LocalDate procedureDay = TODAY.plusDays(10);
        JsonObject esi = drLee.get("api/patients/" + p + "/eligibility?procedure=ESI_LUMBAR_IL&date=" + procedureDay)
                .json();
        List<JsonObject> holds = esi.getJsonArray("holds").getValuesAs(JsonObject.class);
        assertEquals(1, holds.size(), esi::toString);
        assertEquals("apixaban", holds.get(0).getString("drug"));
        assertEquals(3, holds.get(0).getInt("holdDays"), "ASRA: apixaban 3 days before intermediate risk");
        assertEquals(procedureDay.minusDays(3).toString(), holds.get(0).getString("stopBy"));
        assertTrue(esi.getBoolean("eligible"), "a hold instructs; it does not refuse");

        JsonObject trigger = drLee.get("api/patients/" + p + "/eligibility?procedure=TRIGGER_POINT&date=" + procedureDay)
                .json();
        assertFalse(trigger.getJsonArray("holds").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getInt("holdDays", 0) > 0), "no hold before a low-risk procedure: " + trigger);
    }

    @Test
    void aPsychologistsClearanceWithinTwelveMonthsMakesAnScsTrialEligible() {
        long p = newPatient();
        LocalDate trialDay = TODAY.plusDays(14);
        String eligibility = "api/patients/" + p + "/eligibility?procedure=SCS_TRIAL&date=" + trialDay;
        assertFalse(drLee.get(eligibility).json().getBoolean("eligible"), "no evaluation yet");

        String evaluation = "{\"date\":\"" + TODAY.minusMonths(2) + "\",\"instruments\":[\"PHQ9\",\"PCS\"],"
                + "\"findings\":\"Realistic expectations, mood stable\",\"clearedForNeuromodulation\":true}";
        assertEquals(403, drLee.post("api/patients/" + p + "/psych-evaluations", evaluation).status(),
                "psychologists record evaluations");
        ApiClient.Reply missing = psyNovak.post("api/patients/" + p + "/psych-evaluations", "{\"date\":\"" + TODAY + "\"}");
        assertEquals(400, missing.status());
        assertEquals("clearedForNeuromodulation", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(201, psyNovak.post("api/patients/" + p + "/psych-evaluations", evaluation).status());
        JsonObject cleared = drLee.get(eligibility).json();
        assertTrue(cleared.getBoolean("eligible"), cleared::toString);

        assertEquals(201, psyNovak.post("api/patients/" + p + "/psych-evaluations", "{\"date\":\"" + TODAY
                + "\",\"clearedForNeuromodulation\":false,\"notes\":\"Untreated depression first\"}").status());
        assertFalse(drLee.get(eligibility).json().getBoolean("eligible"), "the latest decision counts");
        assertEquals(2, drLee.get("api/patients/" + p + "/psych-evaluations").array().size());
    }

    @Test
    void aPatientKeepsADiaryOfTheirOwnThatTheTeamReads() {
        TestPatient patient = clinic.newPatient("Jane", "Doe");
        long jane = patient.id();
        ApiClient janesAccount = clinic.patientAccount(patient).api();
        String day = TODAY.minusDays(1).toString();
        ApiClient.Reply first = janesAccount.put("api/patients/" + jane + "/diary", "{\"date\":\"" + day + "\",\"pain\":6,"
                + "\"sleepHours\":5.5,\"activityMinutes\":20,\"medicationTaken\":\"paracetamol 1 g\"}", null);
        assertEquals(200, first.status(), first::toString);
        ApiClient.Reply corrected = janesAccount.put("api/patients/" + jane + "/diary", "{\"date\":\"" + day + "\",\"pain\":5}", null);
        assertEquals(first.json().getJsonNumber("id").longValue(), corrected.json().getJsonNumber("id").longValue(),
                "one entry per day: a second write corrects it");

        JsonObject page = drLee.get("api/patients/" + jane + "/diary?size=7").json();
        assertEquals(5, page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(day)).findFirst().orElseThrow().getInt("pain"));

        ApiClient.Reply future = janesAccount.put("api/patients/" + jane + "/diary", "{\"date\":\"" + TODAY.plusDays(1)
                + "\",\"pain\":3}", null);
        assertEquals(400, future.status());
        ApiClient.Reply outOfRange = janesAccount.put("api/patients/" + jane + "/diary", "{\"pain\":11,\"sleepHours\":30}", null);
        assertEquals(List.of("pain", "sleepHours"), outOfRange.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList());
        assertEquals(403, drLee.put("api/patients/" + jane + "/diary", "{\"pain\":3}", null).status(),
                "the diary is the patient's own words");
        long other = newPatient();
        assertEquals(403, janesAccount.put("api/patients/" + other + "/diary", "{\"pain\":3}", null).status());
    }
}
