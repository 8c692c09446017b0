package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.ProcedurePage;
import org.algos.web.it.portal.SchedulePage;
import org.algos.web.it.portal.SignInPage;
import org.algos.web.it.portal.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * Procedures in the portal, in headless Chromium: booking against the eligibility rules with a
 * physician's override, the day's worklist, the safety checklist, completion and follow-up. Each
 * test books on a patient it registers for itself.
 */
class SchedulingPortalIT extends InBrowser {

    @Test
    void aPhysicianBooksAnRfaAgainstTheBlockRuleWithAReasonAndTheChartShowsIt() {
        String nextWeek = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString();
        TestPatient smith = clinic.register("dr.lee", "John", "Smith", "1958-09-30", "male");
        PatientChartPage chart = openChartAs("dr.lee", smith);
        SchedulePage schedule = chart.scheduleProcedure();
        assertEquals(smith.chartName(), schedule.patient());

        schedule.chooseProcedure("Lumbar facet radiofrequency ablation");
        assertTrue(schedule.procedureDetails().contains("64635") && schedule.procedureDetails().contains("low"),
                schedule.procedureDetails());
        schedule.chooseSide("left").chooseLevels("L4-L5").date(nextWeek);
        assertTrue(schedule.levelsLabel().contains("L4-L5"), schedule.levelsLabel());
        assertTrue(schedule.verdict().startsWith("Not eligible"), schedule.verdict());
        List<String> refusing = schedule.refusingRules();
        assertTrue(refusing.stream().anyMatch(r -> r.contains("FirstRfaNeedsTwoPositiveMedialBranchBlocks")
                && r.contains("L38803") && r.contains("missing for left")), refusing::toString);
        assertFalse(schedule.documentationReminders().isEmpty(), "the facet LCD's documentation reminder");
        assertNoScriptErrorsOrStackTraces();

        schedule.bookRefused();
        assertTrue(schedule.refusal().startsWith("Not eligible"), schedule.refusal());
        String messages = schedule.messages();
        assertTrue(messages.contains("FirstRfaNeedsTwoPositiveMedialBranchBlocks") && messages.contains("L38803"),
                messages);
        assertTrue(schedule.offersOverride(), "a physician may override");
        assertTrue(schedule.overrideWithoutReason().contains("Give the reason"));
        screenshot("refused");
        assertNoScriptErrorsOrStackTraces();

        String reason = "Two positive blocks (90 % and 85 %) done at the referring clinic; reports scanned";
        chart = schedule.bookWithOverride(reason);
        assertTrue(chart.messages().contains("Booked: Lumbar facet radiofrequency ablation"), chart.messages());
        List<String> procedures = chart.procedures();
        int row = indexOf(procedures, "Lumbar facet radiofrequency ablation");
        String booked = procedures.get(row);
        assertTrue(booked.contains(nextWeek) && booked.contains("left · L4-L5") && booked.contains("scheduled"),
                booked);
        assertEquals(reason, chart.procedureOverrideReason(row));
    }

    @Test
    void aNurseSeesWhyARuleRefusesButCannotOverrideIt() {
        PatientChartPage chart = openChartAs("nurse.kim",
                clinic.register("dr.lee", "María", "Fernández", "1983-01-17", "female", "nurse.kim"));
        SchedulePage schedule = chart.scheduleProcedure()
                .chooseProcedure("Lumbar facet radiofrequency ablation")
                .chooseSide("right")
                .chooseLevels("L5-S1")
                .date(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertTrue(schedule.verdict().startsWith("Not eligible"), schedule.verdict());

        schedule.bookRefused();
        String messages = schedule.messages();
        assertTrue(messages.contains("L38803") && messages.contains("missing for right"), messages);
        assertFalse(schedule.offersOverride(), "only a physician overrides");
        assertTrue(schedule.saysOnlyAPhysicianOverrides());
    }

    @Test
    void aNurseBooksAnEligibleProcedureAndCancelsItAfterConfirming() {
        String inTwoWeeks = LocalDate.now(ZoneOffset.UTC).plusWeeks(2).toString();
        PatientChartPage chart = openChartAs("nurse.kim",
                clinic.register("dr.lee", "Sophie", "Dubois", "1990-11-23", "female", "nurse.kim"));
        SchedulePage schedule = chart.scheduleProcedure().chooseProcedure("Sacroiliac joint injection");
        schedule.date(inTwoWeeks);
        assertTrue(schedule.hint().startsWith("Choose the side"), schedule.hint());
        schedule.chooseSide("right");
        assertTrue(schedule.verdict().startsWith("Eligible"), schedule.verdict());
        chart = schedule.book();
        List<String> procedures = chart.procedures();
        int row = indexOf(procedures, "Sacroiliac joint injection", inTwoWeeks);
        assertTrue(procedures.get(row).contains("right") && procedures.get(row).contains("scheduled"),
                procedures.get(row));

        ProcedurePage procedure = chart.openProcedure(row);
        assertEquals("scheduled", procedure.status());
        assertFalse(procedure.offersToComplete(), "the note is the physician's");
        procedure.cancel();
        assertFalse(procedure.offersCheckIn());
        chart = procedure.backToChart();
        assertTrue(chart.procedures().get(row).contains("cancelled"), chart.procedures()::toString);
    }

    @Test
    void todaysProcedureIsOnTheWorklistAndCompletesOnlyOnceTheChecklistIsDone() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        TestPatient haddad = clinic.register("dr.lee", "Ahmed", "Haddad", "1966-06-02", "male");
        PatientChartPage chart = openChartAs("dr.lee", haddad);
        SchedulePage schedule = chart.scheduleProcedure().chooseProcedure("Trigger point injection").date(today);
        assertTrue(schedule.verdict().startsWith("Eligible"), schedule.verdict());
        chart = schedule.book();
        assertTrue(chart.messages().contains("Booked: Trigger point injection"), chart.messages());

        WorklistPage worklist = chart.goToWorklist();
        List<String> todays = worklist.todayProcedures();
        String entry = todays.get(indexOf(todays, haddad.chartName(), "Trigger point injection"));
        assertTrue(entry.matches("(?s).*scheduled\\s+8\\s+Open\\s*"), entry);
        screenshot("worklist");
        assertNoScriptErrorsOrStackTraces();

        ProcedurePage procedure = worklist.openProcedure(haddad.chartName(), "Trigger point injection");
        assertEquals("Trigger point injection", procedure.title());
        assertEquals("8 of 8 items open.", procedure.checklistOpen());
        procedure.checkIn();
        procedure.note("Trapezius, left, palpated trigger point", "none", 0, "25 G 1.5 in",
                "lidocaine 1 % 2 ml", "none", "discharged home", 7, 2);
        procedure.complete("Safety checklist");
        String refused = procedure.messages();
        assertTrue(refused.contains("complete the safety checklist first") && refused.contains("Written consent signed")
                && refused.contains("Time-out done"), refused);
        assertEquals("checked-in", procedure.status());
        screenshot("checklist-open");
        assertNoScriptErrorsOrStackTraces();

        List<String> items = procedure.checklistItems();
        assertEquals(8, items.size(), items::toString);
        procedure.answerWithKeyboard(0, "Done");
        assertEquals("7 of 8 items open.", procedure.checklistOpen());
        assertTrue(procedure.isAnswered(0, "Done"));
        assertTrue(procedure.focusIsOnAnswer(0), "the focus stays on the answer once it is saved");
        for (int i = 1; i < items.size(); i++) {
            boolean mayNotApply = items.get(i).startsWith("Pregnancy") || items.get(i).startsWith("Glucose");
            assertEquals(mayNotApply ? List.of("Done", "Not applicable") : List.of("Done"), procedure.answersOffered(i),
                    items.get(i));
            procedure.answer(i, mayNotApply ? "Not applicable" : "Done");
        }
        assertEquals("All items are answered.", procedure.checklistOpen());

        procedure.complete("Procedure completed");
        assertEquals("completed", procedure.status());
        assertEquals("71.4 %", procedure.relief());
        procedure.addFollowUp(today, 3, 60, "turns the head freely");
        List<String> followUps = procedure.followUps();
        assertTrue(followUps.get(0).contains("60 %") && followUps.get(0).contains("turns the head freely"),
                followUps::toString);
        assertNoScriptErrorsOrStackTraces();

        chart = procedure.backToChart();
        List<String> procedures = chart.procedures();
        String done = procedures.get(indexOf(procedures, "Trigger point injection"));
        assertTrue(done.contains("completed") && done.contains("71.4 %") && done.contains(today + ": 60 %"), done);
        assertTrue(chart.showsReliefChart());
    }

    /** The first row containing every one of {@code texts}. */
    private static int indexOf(List<String> rows, String... texts) {
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (java.util.Arrays.stream(texts).allMatch(row::contains)) {
                return i;
            }
        }
        throw new AssertionError("No row with " + List.of(texts) + " in " + rows);
    }

    private PatientChartPage openChartAs(String username, TestPatient patient) {
        new SignInPage(browser).open().signInAs(username, "demo");
        browser.open("app/patient.xhtml?id=" + patient.id());
        PatientChartPage chart = new PatientChartPage(browser);
        assertEquals(patient.chartName(), chart.name());
        return chart;
    }
}
