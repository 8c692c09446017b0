package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.algos.web.it.portal.AssessmentPage;
import org.algos.web.it.portal.OutcomesPage;
import org.algos.web.it.portal.PatientHomePage;
import org.algos.web.it.portal.SignInPage;
import org.junit.jupiter.api.Test;

/**
 * The outcome loop in headless Chromium: a lumbar ablation done three months ago asks its
 * 3-month questionnaires, the patient sees and answers them on her home page, and the
 * physician's registry counts her as a responder; a nurse does not get the registry.
 */
class OutcomesPortalIT extends InBrowser {

    @Test
    void thePatientAnswersTheThreeMonthFollowUpAndTheRegistryCountsIt() {
        LocalDate done = LocalDate.now(ZoneOffset.UTC).minusDays(92);
        TestPatient maria = clinic.register("dr.lee", "Maria", "Registry", "1958-09-09", "female");
        Clinic.PatientAccount account = clinic.patientAccount(maria);
        StringBuilder odi = new StringBuilder("{\"instrument\":\"ODI\",\"takenAt\":\"" + done.minusDays(7)
                + "T10:00:00Z\",\"answers\":{");
        for (int i = 1; i <= 10; i++) {
            odi.append(i > 1 ? "," : "").append("\"").append(i).append("\":3");
        }
        assertEquals(201, account.api().post(maria.path() + "/assessments", odi.append("}}").toString()).status());
        assertEquals(201, clinic.as("dr.lee").post(maria.path() + "/procedures", "{\"procedure\":\"RFA_LUMBAR\","
                + "\"side\":\"right\",\"levels\":[\"L4-L5\",\"L5-S1\"],\"date\":\"" + done + "\",\"status\":\"completed\","
                + "\"painBefore\":7,\"painAfter\":1}").status());

        PatientHomePage home = new SignInPage(browser).open().signInAsPatient(account.username(), account.password());
        List<String> asked = home.questionnaires();
        assertEquals(2, asked.size(), asked::toString);
        AssessmentPage peg = home.start("PEG");
        peg.answerAll(List.of(3, 4, 3));
        home = peg.saveAsPatient();
        AssessmentPage oswestry = home.start("Oswestry");
        oswestry.answerAll(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        home = oswestry.saveAsPatient();
        assertEquals(List.of(), home.questionnaires(), "both answered");
        home.signOut();

        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        browser.click("openOutcomes");
        OutcomesPage registry = new OutcomesPage(browser).ask("Lumbar facet radiofrequency ablation", done.toString(),
                done.toString(), 3);
        assertTrue(registry.cohort().contains("with a follow-up at 3 months"), registry.cohort());
        List<String> measures = registry.measures();
        assertTrue(measures.get(0).startsWith("Pain ≥30 % less") && measures.get(0).contains("1 of 1"), measures::toString);
        assertTrue(measures.get(1).contains("1 of 1"), "7 → 3 is 57 % less: " + measures);
        assertTrue(measures.get(2).contains("1 of 1"), "ODI 60 % → 20 %: " + measures);
        assertTrue(registry.painChange().startsWith("median"), registry.painChange());
        assertTrue(registry.myPatients().stream().anyMatch(r -> r.contains(maria.familyName()) && r.contains("MCID reached")),
                registry.myPatients()::toString);
        screenshot("registry");
        assertNoScriptErrorsOrStackTraces();

        String csv = new String(browser.download("outcomesForm:exportCsv"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertTrue(lines.get(0).startsWith("patient,sex,age_band,procedure,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",female,") && l.contains(",RFA_LUMBAR,")
                && l.contains(",3m,yes,") && l.contains(",7,3,57.1,yes,yes,ODI,")), csv);
        for (String leak : List.of(maria.familyName(), maria.mrn(), done.toString(), "1958-09-09")) {
            assertTrue(csv.indexOf(leak) < 0, leak + " in the export");
        }

        assertEquals(403, PortalSession.signIn(clinic.base(), "nurse.kim", "demo").status("app/outcomes.xhtml"));
    }
}
