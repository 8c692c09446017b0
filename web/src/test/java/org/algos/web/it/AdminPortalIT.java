package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.algos.web.it.portal.AdminCareTeamsPage;
import org.algos.web.it.portal.AdminPeoplePage;
import org.algos.web.it.portal.SignInPage;
import org.junit.jupiter.api.Test;

/**
 * The administration area in headless Chromium, as the administrator and as roles that may not
 * use it: accounts made, deactivated and reactivated, given a one-time password and linked to a
 * record; a care team found by demographics, a clinician added and taken off; the catalogues.
 */
class AdminPortalIT extends InBrowser {

    @Test
    void theAdministratorMakesAnAccountDeactivatesReactivatesAndResetsItAndLinksAPatientAccount() {
        String username = "pt." + Clinic.unique();
        TestPatient jane = clinic.newPatient("Jane", "Linked");
        new SignInPage(browser).open().signInAs("admin", "demo");
        browser.click("openPeople");
        AdminPeoplePage people = new AdminPeoplePage(browser);

        people.create(username, "Sam Physio", "physiotherapist", Clinic.TEMPORARY_PASSWORD, null);
        people.search(username, username);
        assertTrue(people.rows().get(0).contains("physiotherapist") && people.rows().get(0).contains("active"),
                people.rows()::toString);
        assertEquals(204, clinic.choosePassword(username, Clinic.TEMPORARY_PASSWORD, "the physio's own").status());
        ApiClient sam = ApiClient.as(clinic.base(), username, "the physio's own");
        assertEquals(200, sam.get("api/patients").status(), "the owner signs in with the password they chose");
        people.onFirstRow("deactivate", "Account " + username + " deactivated.");
        assertEquals(401, sam.get("api/patients").status(), "a deactivated account is refused");
        people.onFirstRow("reactivate", "Account " + username + " reactivated.");
        assertEquals(200, sam.get("api/patients").status(), "and let back in");
        people.oneTimePassword("a fresh one-time passphrase").onFirstRow("resetPassword",
                "One-time password set for " + username);
        assertEquals(204, clinic.choosePassword(username, "a fresh one-time passphrase", "a second own one").status(),
                "the one-time password serves to choose a new one");
        people.onFirstRow("unlock", "Sign-in of " + username + " unlocked.");
        screenshot("people");

        String patientUser = "pat." + Clinic.unique();
        people.create(patientUser, jane.fullName(), "patient", Clinic.TEMPORARY_PASSWORD, jane.mrn());
        people.search(patientUser, patientUser);
        assertTrue(people.rows().get(0).contains(String.valueOf(jane.id())), people.rows()::toString);
        people.onFirstRow("unlink", patientUser + " unlinked from its record.");
        people.linkMrn(jane.mrn()).onFirstRow("link", patientUser + " linked to the record of " + jane.fullName());
        browser.assertNoScriptErrorsOrStackTraces();

        List<JsonObject> audit = ApiClient.as(clinic.base(), "auditor").get("api/audit?patientId=" + jane.id()
                + "&size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("detail", "").contains("linked to record " + jane.id())
                && e.getBoolean("flagged")), "the link is audited and flagged");
    }

    @Test
    void theAdministratorFindsAPatientByDemographicsAndChangesTheCareTeam() {
        TestPatient jane = clinic.newPatient("Jane", "Teamed");
        new SignInPage(browser).open().signInAs("admin", "demo");
        AdminCareTeamsPage teams = AdminCareTeamsPage.open(browser).find(jane.familyName(), jane.fullName());
        teams.openTeamOfFirst();
        assertTrue(teams.teamHeading().contains(jane.mrn()), teams.teamHeading());
        assertTrue(teams.members().stream().anyMatch(m -> m.contains("dr.lee")), teams.members()::toString);

        teams.add("pt.garcia");
        screenshot("care-team");
        assertTrue(clinic.as("pt.garcia").get(jane.path()).status() == 200, "the new member opens the record");
        teams.remove("pt.garcia");
        assertFalse(teams.members().stream().anyMatch(m -> m.contains("pt.garcia")), teams.members()::toString);
        assertEquals(403, clinic.as("pt.garcia").get(jane.path()).status(), "and no longer once taken off");

        browser.open("app/admin/catalogues.xhtml");
        assertTrue(browser.textOf("proceduresForm:procedures").contains("64635"), "the catalogue with its CPT codes");
        int stellate = stellateRow(clinic.as("admin"));
        browser.click("proceduresForm:procedures:" + stellate + ":stopOffering");
        browser.waitForText("messages", "Stellate ganglion block is no longer offered");
        try {
            ApiClient.Reply refused = clinic.as("dr.lee").post(jane.path() + "/procedures", "{\"procedure\":"
                    + "\"STELLATE_GANGLION\",\"side\":\"left\",\"date\":\"" + java.time.LocalDate.now().plusDays(5) + "\"}");
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("procedure", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        } finally {
            browser.click("proceduresForm:procedures:" + stellate + ":offer");
            browser.waitForText("messages", "Stellate ganglion block is offered again");
        }
        assertTrue(browser.textOf("eligibility").contains("algos.eligibility.max-epidural-sessions"));
        screenshot("catalogues");
        browser.assertNoScriptErrorsOrStackTraces();
    }

    private static int stellateRow(ApiClient admin) {
        List<JsonObject> catalogue = admin.get("api/procedures").array().getValuesAs(JsonObject.class);
        for (int i = 0; i < catalogue.size(); i++) {
            if (catalogue.get(i).getString("code").equals("STELLATE_GANGLION")) {
                assertTrue(catalogue.get(i).getBoolean("offered"), "offered until switched off");
                return i;
            }
        }
        throw new AssertionError("no stellate ganglion block in " + catalogue);
    }

    @Test
    void aPhysicianHasNoAdministrationAndTheAdministratorNoChart() {
        TestPatient jane = clinic.newPatient("Jane", "Private");
        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        assertFalse(browser.isPresent("menuAdmin"), "no administration in a physician's menu");
        PortalSession physician = PortalSession.signIn(clinic.base(), "dr.lee", "demo");
        for (String page : List.of("people", "care-teams", "catalogues")) {
            assertEquals(403, physician.status("app/admin/" + page + ".xhtml"), page + " is refused to a physician");
        }
        assertEquals(403, clinic.as("dr.lee").get("api/admin/patients?q=" + jane.familyName()).status());

        ApiClient admin = clinic.as("admin");
        ApiClient.Reply found = admin.get("api/admin/patients?q=" + jane.familyName());
        assertEquals(200, found.status(), found::toString);
        JsonObject only = found.json().getJsonArray("items").getJsonObject(0);
        assertEquals(jane.mrn(), only.getString("mrn"));
        assertEquals(List.of("birthDate", "familyName", "givenName", "id", "mrn"), only.keySet().stream().sorted().toList(),
                "demographics only");
        assertEquals(400, admin.get("api/admin/patients").status(), "a search names someone");
        assertEquals(403, admin.get(jane.path() + "/assessments?instrument=ODI").status(), "and no chart");
        assertEquals(403, clinic.as("dr.lee").put("api/procedures/TRIGGER_POINT/offered", "{\"offered\":false}", null)
                .status(), "only administrators change what the clinic offers");
        assertEquals(400, admin.put("api/procedures/NO_SUCH/offered", "{\"offered\":false}", null).status());
        assertEquals(204, admin.delete(jane.path() + "/care-team/dr.lee").status());
        assertEquals(404, admin.delete(jane.path() + "/care-team/dr.lee").status());
    }
}
