package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.kit.document.PdfChecks;
import org.junit.jupiter.api.Test;

/**
 * The documents' buttons in headless Chromium: each one answers with a PDF of the patient the
 * page is about, which the browser saves; the chart then lists what was made.
 */
class DocumentsPortalIT extends InBrowser {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String textOf(byte[] pdf) {
        assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII), "a PDF");
        return PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }

    private long completedTriggerPoint(TestPatient patient) {
        return clinic.completedProcedure(patient, "{\"procedure\":\"TRIGGER_POINT\",\"date\":\"" + TODAY + "\"}",
                "{\"approach\":\"trapezius\",\"guidance\":\"none\",\"needle\":\"25G\",\"medications\":"
                + "\"lidocaine 1% 3 ml\",\"complications\":\"none\",\"disposition\":\"home\",\"painBefore\":7,"
                + "\"painAfter\":2}");
    }

    @Test
    void eachButtonOfTheTeamAnswersWithThePatientsPdfAndTheChartListsThem() {
        TestPatient sophie = clinic.register("dr.lee", "Sophie", "Dubois", "1990-11-23", "female");
        long procedure = completedTriggerPoint(sophie);
        assertEquals(201, clinic.as("dr.lee").post(sophie.path() + "/care-plans", "{\"title\":\"Neck and shoulder "
                + "programme\",\"status\":\"active\"}").status());
        new SignInPage(browser).open().signInAs("dr.lee", "demo");

        browser.open("app/procedure.xhtml?patient=" + sophie.id() + "&procedure=" + procedure);
        String note = textOf(browser.download("noteDocumentForm:procedureNotePdf"));
        assertTrue(note.contains("Procedure note") && note.contains(sophie.fullName()) && note.contains("20552"),
                note);

        browser.open("app/patient.xhtml?id=" + sophie.id());
        browser.openChartSection("documents");
        browser.type("documentsForm:addressee", "Dr Hélène Martin; Quai Surgery");
        browser.type("documentsForm:recommendation", "Keep up the stretching at home.");
        String letter = textOf(browser.download("documentsForm:makeLetter"));
        assertTrue(letter.contains("Dear Dr Hélène Martin") && letter.contains("Keep up the stretching at home."),
                letter);
        browser.open("app/patient.xhtml?id=" + sophie.id());
        browser.openChartSection("documents");
        String plan = textOf(browser.download("documentsForm:makePatientPlan"));
        assertTrue(plan.contains("My plan") && plan.contains("Neck and shoulder programme"), plan);

        browser.open("app/careplan.xhtml?patient=" + sophie.id());
        String fromCarePlan = textOf(browser.download("plansForm:patientPlanPdf"));
        assertTrue(fromCarePlan.contains(sophie.fullName()), fromCarePlan);

        browser.open("app/patient.xhtml?id=" + sophie.id());
        browser.openChartSection("documents");
        List<String> listed = browser.rows("documentsForm:documents").stream().map(r -> r.getText()).toList();
        assertEquals(4, listed.size(), listed::toString);
        assertTrue(listed.get(0).contains("My plan") && listed.get(3).contains("Procedure note"), listed::toString);
        String reopened = textOf(browser.download("documentsForm:documents:3:open"));
        assertEquals(note, reopened, "the stored note, not a new one");
        browser.assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void thePatientDownloadsTheirOwnPlanFromTheirArea() {
        TestPatient jane = clinic.register("dr.lee", "Jane", "Plan", "1975-04-02", "female");
        assertEquals(201, clinic.as("dr.lee").post(jane.path() + "/care-plans", "{\"title\":\"Walking again\","
                + "\"status\":\"active\"}").status());
        Clinic.PatientAccount account = clinic.patientAccount(jane);
        new SignInPage(browser).open().signInAsPatient(account.username(), account.password());
        browser.open("app/me/plan.xhtml");
        String plan = textOf(browser.download("myPlanDocumentForm:myPlanPdf"));
        assertTrue(plan.contains("Walking again") && plan.contains(jane.fullName()), plan);
        browser.assertNoScriptErrorsOrStackTraces();
    }
}
