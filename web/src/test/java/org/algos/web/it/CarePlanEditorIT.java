package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The care-plan editor over the API: plans with goals, modalities by discipline and team tasks,
 * who may edit what, optimistic locking, "my tasks" and case conferences.
 */
class CarePlanEditorIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Clinic clinic;
    private ApiClient drLee;
    private ApiClient nurseKim;
    private ApiClient ptGarcia;
    private ApiClient psyNovak;
    private ApiClient drOkafor;
    private ApiClient patDoe;
    private ApiClient auditor;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        drLee = clinic.as("dr.lee");
        nurseKim = clinic.as("nurse.kim");
        ptGarcia = clinic.as("pt.garcia");
        psyNovak = clinic.as("psy.novak");
        drOkafor = clinic.as("dr.okafor");
        patDoe = clinic.as("pat.doe");
        auditor = clinic.as("auditor");
    }

    /** A new patient of dr.lee with nurse.kim, pt.garcia and psy.novak on the team (dr.okafor is not). */
    private long newPatient() {
        return newTestPatient().id();
    }

    private TestPatient newTestPatient() {
        return clinic.register("dr.lee", "Plan", "Editor", "1970-02-02", "male", "nurse.kim", "pt.garcia", "psy.novak");
    }

    private static String plans(long patient) {
        return "api/patients/" + patient + "/care-plans";
    }

    private ApiClient.Reply created(ApiClient.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r;
    }

    private long activePlan(long patient) {
        return created(drLee.post(plans(patient), "{\"title\":\"Chronic low back pain programme\","
                + "\"problems\":[\"Chronic low back pain\",\"Fear of movement\"],\"status\":\"active\"}"))
                .json().getJsonNumber("id").longValue();
    }

    private static String modality(String discipline, String responsible) {
        return "{\"discipline\":\"" + discipline + "\",\"details\":\"Graded activity\",\"frequency\":\"twice weekly\","
                + "\"responsible\":\"" + responsible + "\"}";
    }

    private static String task(String title, String assignee, LocalDate due) {
        return "{\"title\":\"" + title + "\",\"assignee\":\"" + assignee + "\",\"dueDate\":\"" + due + "\"}";
    }

    private static String field(ApiClient.Reply problem) {
        return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** Every task of the caller with the status, following the pages; checks the order by due date. */
    private static List<JsonObject> myTasks(ApiClient client, String status) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            ApiClient.Reply r = client.get("api/tasks?status=" + status + "&size=100&page=" + page);
            assertEquals(200, r.status(), r::toString);
            List<JsonObject> items = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
            all.addAll(items);
            if (all.size() >= r.json().getJsonNumber("total").longValue() || items.isEmpty()) {
                break;
            }
        }
        for (int i = 1; i < all.size(); i++) {
            assertFalse(LocalDate.parse(all.get(i).getString("dueDate"))
                    .isBefore(LocalDate.parse(all.get(i - 1).getString("dueDate"))), "earliest due first: " + all);
        }
        return all;
    }

    private static boolean hasTask(List<JsonObject> tasks, long id) {
        return tasks.stream().anyMatch(t -> t.getJsonNumber("id").longValue() == id);
    }

    @Test
    void aPhysicianCreatesAPlanWithAGoalAndModalitiesThatTheTeamReads() {
        long p = newPatient();
        ApiClient.Reply plan = created(drLee.post(plans(p), "{\"title\":\"Chronic low back pain programme\","
                + "\"problems\":[\"Chronic low back pain\",\"Fear of movement\"],\"status\":\"active\"}"));
        long planId = plan.json().getJsonNumber("id").longValue();
        assertEquals("active", plan.json().getString("status"));
        assertEquals("dr.lee", plan.json().getString("owner"));
        assertTrue(plan.location().orElseThrow().endsWith("/care-plans/" + planId), plan.location()::toString);
        assertTrue(plan.etag().isPresent());

        ApiClient.Reply goal = created(drLee.post(plans(p) + "/" + planId + "/goals", "{\"description\":"
                + "\"Walk to the shop without stopping\",\"measure\":\"minutes walked\",\"targetValue\":\"30\","
                + "\"targetDate\":\"" + TODAY.plusMonths(3) + "\"}"));
        assertEquals("not-started", goal.json().getString("status"));
        created(drLee.post(plans(p) + "/" + planId + "/modalities", modality("PHYSIOTHERAPY", "pt.garcia")));
        created(drLee.post(plans(p) + "/" + planId + "/modalities", modality("cbt", "psy.novak")));
        created(nurseKim.post(plans(p) + "/" + planId + "/modalities",
                "{\"discipline\":\"EDUCATION\",\"frequency\":\"once\",\"responsible\":\"nurse.kim\",\"status\":\"active\"}"));

        for (ApiClient member : List.of(drLee, nurseKim, ptGarcia, psyNovak)) {
            ApiClient.Reply read = member.get(plans(p) + "/" + planId);
            assertEquals(200, read.status(), read::toString);
            assertEquals(List.of("Chronic low back pain", "Fear of movement"),
                    read.json().getJsonArray("problems").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList());
            assertEquals(1, read.json().getJsonArray("goals").size());
            assertEquals(List.of("PHYSIOTHERAPY", "CBT", "EDUCATION"), read.json().getJsonArray("modalities")
                    .getValuesAs(JsonObject.class).stream().map(m -> m.getString("discipline")).toList());
            assertEquals(0, read.json().getJsonArray("tasks").size());
        }
        assertEquals(1, nurseKim.get(plans(p)).array().size());

        assertEquals(403, nurseKim.post(plans(p), "{\"title\":\"Nurse plan\"}").status(), "physicians create plans");
        assertEquals(403, nurseKim.post(plans(p) + "/" + planId + "/goals", "{\"description\":\"x\",\"measure\":\"x\","
                + "\"targetValue\":\"1\",\"targetDate\":\"" + TODAY.plusDays(5) + "\"}").status(),
                "nurses do not set goals");
        ApiClient.Reply second = drLee.post(plans(p), "{\"title\":\"Second\",\"status\":\"active\"}");
        assertEquals(409, second.status(), "one active plan per patient: " + second);
        ApiClient.Reply noTitle = drLee.post(plans(p), "{\"problems\":[\"pain\"],\"status\":\"finished\"}");
        assertEquals(400, noTitle.status());
        assertTrue(noTitle.isProblem());
        assertEquals(List.of("title", "status"), noTitle.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList());
    }

    @Test
    void eachDisciplineEditsItsOwnModalities() {
        long p = newPatient();
        long planId = activePlan(p);
        String modalities = plans(p) + "/" + planId + "/modalities";

        ApiClient.Reply pt = created(ptGarcia.post(modalities, modality("PHYSIOTHERAPY", "pt.garcia")));
        long ptId = pt.json().getJsonNumber("id").longValue();
        ApiClient.Reply ptEdit = ptGarcia.put(modalities + "/" + ptId,
                "{\"frequency\":\"three times weekly\",\"status\":\"active\"}", pt.etag().orElseThrow());
        assertEquals(200, ptEdit.status(), ptEdit::toString);
        assertEquals("three times weekly", ptEdit.json().getString("frequency"));
        assertEquals("active", ptEdit.json().getString("status"));
        assertNotEquals(pt.etag(), ptEdit.etag());

        ApiClient.Reply ptOnCbt = ptGarcia.post(modalities, modality("CBT", "psy.novak"));
        assertEquals(403, ptOnCbt.status(), ptOnCbt::toString);
        assertTrue(ptOnCbt.isProblem());

        ApiClient.Reply cbt = created(psyNovak.post(modalities, modality("CBT", "psy.novak")));
        long cbtId = cbt.json().getJsonNumber("id").longValue();
        assertEquals(403, ptGarcia.put(modalities + "/" + cbtId, "{\"frequency\":\"daily\"}",
                cbt.etag().orElseThrow()).status(), "a physiotherapist does not edit CBT");
        ApiClient.Reply cbtEdit = psyNovak.put(modalities + "/" + cbtId,
                "{\"details\":\"Pain coping skills, 8 sessions\",\"frequency\":\"weekly\"}", cbt.etag().orElseThrow());
        assertEquals(200, cbtEdit.status(), cbtEdit::toString);
        assertEquals("Pain coping skills, 8 sessions", cbtEdit.json().getString("details"));
        assertEquals(403, psyNovak.put(modalities + "/" + ptId, "{\"frequency\":\"daily\"}",
                ptEdit.etag().orElseThrow()).status(), "a psychologist does not edit physiotherapy");
        assertEquals(403, psyNovak.post(modalities, modality("ACUPUNCTURE", "dr.lee")).status());

        ApiClient.Reply nurse = nurseKim.put(modalities + "/" + cbtId, "{\"status\":\"on-hold\"}",
                cbtEdit.etag().orElseThrow());
        assertEquals(200, nurse.status(), "nurses edit any modality: " + nurse);
        assertEquals(428, drLee.put(modalities + "/" + cbtId, "{\"status\":\"active\"}", null).status());
        assertEquals(409, drLee.put(modalities + "/" + cbtId, "{\"status\":\"active\"}",
                cbtEdit.etag().orElseThrow()).status(), "stale version");

        ApiClient.Reply stranger = drLee.post(modalities, modality("MASSAGE", "dr.okafor"));
        assertEquals(400, stranger.status());
        assertEquals("responsible", field(stranger));
        ApiClient.Reply unknown = drLee.post(modalities, modality("YOGA", "pt.garcia"));
        assertEquals(400, unknown.status());
        assertEquals("discipline", field(unknown));
        assertEquals(2, psyNovak.get(modalities).array().size(), "refused modalities were not added");

        List<JsonObject> ptEvents = auditor.get("api/audit?patientId=" + p + "&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("username").equals("pt.garcia"))
                .filter(e -> e.getString("resource").startsWith("CarePlanModality")).toList();
        assertEquals(List.of("DENIED", "DENIED"), ptEvents.stream().filter(e -> !e.getString("outcome").equals("SUCCESS"))
                .map(e -> e.getString("outcome")).toList(), "both refusals audited: " + ptEvents);
        assertEquals(2, ptEvents.stream().filter(e -> e.getString("outcome").equals("SUCCESS")).count(),
                "the physiotherapy modality added and edited, nothing recorded as allowed for CBT: " + ptEvents);
    }

    @Test
    void aTaskForNurseKimAppearsInHerTasksUntilItIsDone() {
        TestPatient patient = newTestPatient();
        long p = patient.id();
        long planId = activePlan(p);
        String tasks = plans(p) + "/" + planId + "/tasks";

        ApiClient.Reply later = created(ptGarcia.post(tasks, task("Review home exercise log", "nurse.kim",
                TODAY.plusDays(9))));
        ApiClient.Reply sooner = created(drLee.post(tasks, task("Call patient about sleep", "nurse.kim",
                TODAY.plusDays(2))));
        long laterId = later.json().getJsonNumber("id").longValue();
        long soonerId = sooner.json().getJsonNumber("id").longValue();
        assertEquals("open", sooner.json().getString("status"));
        assertEquals("dr.lee", sooner.json().getString("createdBy"));

        List<JsonObject> open = myTasks(nurseKim, "open");
        assertTrue(hasTask(open, soonerId) && hasTask(open, laterId), open::toString);
        JsonObject mine = open.stream().filter(t -> t.getJsonNumber("id").longValue() == soonerId).findFirst()
                .orElseThrow();
        assertEquals(p, mine.getJsonNumber("patientId").longValue());
        assertEquals(patient.fullName(), mine.getString("patientName"));
        assertEquals(planId, mine.getJsonNumber("carePlanId").longValue());
        assertFalse(hasTask(myTasks(drLee, "open"), soonerId), "only the assignee's tasks");

        ApiClient.Reply done = nurseKim.put(tasks + "/" + soonerId, "{\"status\":\"done\"}",
                sooner.etag().orElseThrow());
        assertEquals(200, done.status(), done::toString);
        assertEquals("nurse.kim", done.json().getString("doneBy"));
        assertFalse(hasTask(myTasks(nurseKim, "open"), soonerId));
        assertTrue(hasTask(myTasks(nurseKim, "done"), soonerId));
        assertEquals(409, drLee.put(tasks + "/" + soonerId, "{\"status\":\"open\"}", sooner.etag().orElseThrow())
                .status(), "stale version");

        ApiClient.Reply stranger = drLee.post(tasks, task("Second opinion", "dr.okafor", TODAY.plusDays(3)));
        assertEquals(400, stranger.status(), stranger::toString);
        assertTrue(stranger.isProblem());
        assertEquals("assignee", field(stranger));
        ApiClient.Reply past = drLee.post(tasks, task("Too late", "nurse.kim", TODAY.minusDays(1)));
        assertEquals(400, past.status());
        assertEquals("dueDate", field(past));
        assertEquals(403, patDoe.get("api/tasks").status(), "patients have no team tasks");
        ApiClient.Reply badStatus = nurseKim.get("api/tasks?status=later");
        assertEquals(400, badStatus.status());
        assertEquals("status", field(badStatus));
        assertEquals(2, drLee.get(tasks).array().size());
    }

    @Test
    void planUpdatesNeedTheCurrentVersion() {
        long p = newPatient();
        ApiClient.Reply plan = created(drLee.post(plans(p), "{\"title\":\"Neck pain plan\"}"));
        assertEquals("draft", plan.json().getString("status"));
        String one = plans(p) + "/" + plan.json().getJsonNumber("id").longValue();
        String etag = plan.etag().orElseThrow();

        assertEquals(428, drLee.put(one, "{\"status\":\"active\"}", null).status());
        ApiClient.Reply activated = drLee.put(one, "{\"status\":\"active\",\"problems\":[\"Cervical radiculopathy\"]}",
                etag);
        assertEquals(200, activated.status(), activated::toString);
        assertEquals("active", activated.json().getString("status"));
        assertEquals("Neck pain plan", activated.json().getString("title"), "fields left out stay");
        assertNotEquals(etag, activated.etag().orElseThrow());

        ApiClient.Reply stale = drLee.put(one, "{\"title\":\"Overwritten\"}", etag);
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem());
        assertEquals("Neck pain plan", drLee.get(one).json().getString("title"));
        assertEquals(403, nurseKim.put(one, "{\"title\":\"Nurse title\"}", activated.etag().orElseThrow()).status(),
                "only physicians change the plan");

        ApiClient.Reply backwards = drLee.put(one, "{\"status\":\"draft\"}", activated.etag().orElseThrow());
        assertEquals(400, backwards.status(), backwards::toString);
        assertEquals("status", field(backwards));
        ApiClient.Reply completed = drLee.put(one, "{\"status\":\"completed\"}", activated.etag().orElseThrow());
        assertEquals(200, completed.status(), completed::toString);
        assertEquals(409, drLee.post(one + "/tasks", task("After the end", "nurse.kim", TODAY.plusDays(1))).status(),
                "a completed plan no longer changes");
    }

    @Test
    void goalsMoveForwardWithDatedProgressNotes() {
        long p = newPatient();
        long planId = activePlan(p);
        String goals = plans(p) + "/" + planId + "/goals";
        ApiClient.Reply goal = created(psyNovak.post(goals, "{\"description\":\"Reduce catastrophizing\","
                + "\"measure\":\"PCS total\",\"targetValue\":\"< 20\",\"targetDate\":\"" + TODAY.plusMonths(2) + "\"}"));
        String one = goals + "/" + goal.json().getJsonNumber("id").longValue();

        ApiClient.Reply progress = ptGarcia.put(one, "{\"status\":\"in-progress\",\"progressNote\":\"PCS 31 down to 26\","
                + "\"progressDate\":\"" + TODAY.minusDays(1) + "\"}", goal.etag().orElseThrow());
        assertEquals(200, progress.status(), progress::toString);
        assertEquals("in-progress", progress.json().getString("status"));
        JsonObject note = progress.json().getJsonArray("progress").getJsonObject(0);
        assertEquals("pt.garcia", note.getString("author"));
        assertEquals(TODAY.minusDays(1).toString(), note.getString("date"));

        ApiClient.Reply back = drLee.put(one, "{\"status\":\"not-started\"}", progress.etag().orElseThrow());
        assertEquals(400, back.status(), back::toString);
        assertEquals("status", field(back));
        assertEquals(428, drLee.put(one, "{\"status\":\"achieved\"}", null).status());
        assertEquals(409, drLee.put(one, "{\"status\":\"achieved\"}", goal.etag().orElseThrow()).status());
        assertEquals(403, nurseKim.put(one, "{\"status\":\"achieved\"}", progress.etag().orElseThrow()).status());
        ApiClient.Reply achieved = drLee.put(one, "{\"status\":\"achieved\",\"progressNote\":\"PCS 18\"}",
                progress.etag().orElseThrow());
        assertEquals(200, achieved.status(), achieved::toString);
        assertEquals(2, achieved.json().getJsonArray("progress").size());
        assertEquals(2, nurseKim.get(goals).array().getJsonObject(0).getJsonArray("progress").size());
    }

    @Test
    void outsidersAreRefusedAndThePatientReadsButDoesNotEdit() {
        long p = newPatient();
        long planId = activePlan(p);
        assertEquals(403, drOkafor.get(plans(p) + "/" + planId).status(), "not on the care team");
        assertEquals(403, drOkafor.get(plans(p)).status());
        assertEquals(403, drOkafor.post(plans(p) + "/" + planId + "/tasks",
                task("Look", "nurse.kim", TODAY.plusDays(1))).status());
        assertEquals(403, patDoe.get(plans(p) + "/" + planId).status(), "not her record");
        assertEquals(404, drLee.get(plans(p) + "/" + (planId + 1_000_000)).status());

        TestPatient jane = clinic.newPatient("Jane", "Doe");
        ApiClient janesAccount = clinic.patientAccount(jane).api();
        ApiClient.Reply plan = created(drLee.post(plans(jane.id()), "{\"title\":\"Jane's plan\"}"));
        String janes = plans(jane.id()) + "/" + plan.json().getJsonNumber("id").longValue();
        created(drLee.post(janes + "/goals", "{\"description\":\"Sleep through the night\","
                + "\"measure\":\"nights a week\",\"targetValue\":\"5\",\"targetDate\":\"" + TODAY.plusMonths(1) + "\"}"));
        created(drLee.post(janes + "/tasks", task("Order lumbar MRI", "dr.lee", TODAY.plusDays(4))));

        ApiClient.Reply own = janesAccount.get(janes);
        assertEquals(200, own.status(), own::toString);
        assertEquals("Sleep through the night", own.json().getJsonArray("goals").getJsonObject(0)
                .getString("description"));
        assertFalse(own.json().containsKey("tasks"), "team tasks are the team's: " + own.body());
        assertEquals(200, janesAccount.get(plans(jane.id())).status());
        assertEquals(1, janesAccount.get(janes + "/goals").array().size());

        assertEquals(403, janesAccount.put(janes, "{\"title\":\"Mine\"}", plan.etag().orElseThrow()).status());
        assertEquals(403, janesAccount.post(janes + "/goals", "{\"description\":\"x\","
                + "\"measure\":\"x\",\"targetValue\":\"1\",\"targetDate\":\"" + TODAY.plusDays(5) + "\"}").status());
        assertEquals(403, janesAccount.post(janes + "/modalities", modality("MASSAGE", "dr.lee")).status());
        assertEquals(403, janesAccount.get(janes + "/tasks").status());
    }

    @Test
    void aCaseConferenceRecordsEachDisciplineAndCreatesTasks() {
        long p = newPatient();
        String conferences = "api/patients/" + p + "/case-conferences";
        String conference = "{\"date\":\"" + TODAY + "\",\"attendees\":[\"dr.lee\",\"nurse.kim\",\"pt.garcia\","
                + "\"psy.novak\"],\"inputs\":{\"physician\":\"MBB positive twice\",\"physiotherapist\":"
                + "\"Walks 10 minutes\",\"psychologist\":\"PCS 31, high fear avoidance\"},\"decisions\":"
                + "\"RFA L4-L5; graded activity; CBT\",\"tasks\":[" + task("Book RFA", "nurse.kim", TODAY.plusDays(7))
                + "," + task("Start graded activity", "pt.garcia", TODAY.plusDays(3)) + "]}";
        ApiClient.Reply noPlan = drLee.post(conferences, conference);
        assertEquals(409, noPlan.status(), "tasks need an active plan: " + noPlan);

        long planId = activePlan(p);
        ApiClient.Reply recorded = created(psyNovak.post(conferences, conference));
        JsonObject c = recorded.json();
        assertEquals(planId, c.getJsonNumber("carePlanId").longValue());
        assertEquals(List.of("dr.lee", "nurse.kim", "pt.garcia", "psy.novak"), c.getJsonArray("attendees")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("PCS 31, high fear avoidance", c.getJsonObject("inputs").getString("psychologist"));
        List<JsonObject> created = c.getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertEquals(2, created.size());
        long bookRfa = created.stream().filter(t -> t.getString("assignee").equals("nurse.kim")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertEquals(c.getJsonNumber("id").longValue(), created.get(0).getJsonNumber("caseConferenceId").longValue());

        assertEquals(2, drLee.get(plans(p) + "/" + planId + "/tasks").array().size(), "on the active plan");
        assertTrue(hasTask(myTasks(nurseKim, "open"), bookRfa));
        List<JsonObject> listed = nurseKim.get(conferences).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals("RFA L4-L5; graded activity; CBT", listed.get(0).getString("decisions"));
        assertEquals(2, listed.get(0).getJsonArray("tasks").size());
        assertEquals(200, drLee.get(conferences + "/" + c.getJsonNumber("id").longValue()).status());

        ApiClient.Reply stranger = drLee.post(conferences, "{\"date\":\"" + TODAY + "\",\"attendees\":[\"dr.lee\","
                + "\"dr.okafor\"],\"tasks\":[" + task("Opinion", "dr.okafor", TODAY.plusDays(1)) + "]}");
        assertEquals(400, stranger.status(), stranger::toString);
        assertEquals(List.of("attendees", "tasks[0].assignee"), stranger.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        ApiClient.Reply badInput = drLee.post(conferences, "{\"date\":\"" + TODAY.plusDays(1) + "\",\"attendees\":[],"
                + "\"inputs\":{\"chiropractor\":\"x\"}}");
        assertEquals(400, badInput.status());
        assertEquals(3, badInput.json().getJsonArray("errors").size(), badInput::toString);
        assertEquals(403, drOkafor.get(conferences).status());
        assertEquals(403, patDoe.get(conferences).status());
        assertEquals(1, drLee.get(conferences).array().size(), "refused conferences left nothing behind");
        ApiClient.Reply verify = auditor.get("api/audit/verify");
        assertTrue(verify.json().getBoolean("intact"), verify::toString);
    }
}
