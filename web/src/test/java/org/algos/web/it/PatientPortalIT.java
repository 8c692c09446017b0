package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.algos.web.it.portal.AssessmentPage;
import org.algos.web.it.portal.Browser;
import org.algos.web.it.portal.ChartSelfServiceSection;
import org.algos.web.it.portal.DiaryPage;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.PatientHomePage;
import org.algos.web.it.portal.PreferencesPage;
import org.algos.web.it.portal.ProgressPage;
import org.algos.web.it.portal.ReadingPage;
import org.algos.web.it.portal.RemindersPage;
import org.algos.web.it.portal.SignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The patient's own area in headless Chromium: each test registers a patient of dr.lee's, Jane,
 * with a patient account of her own, and signs in as her.
 */
class PatientPortalIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Clinic clinic;
    private TestPatient jane;
    private Clinic.PatientAccount janesAccount;
    private Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        clinic = Clinic.builtIn();
        jane = clinic.newPatient("Jane", "Doe");
        janesAccount = clinic.patientAccount(jane);
        browser = new Browser(clinic.base().toString());
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() {
        browser.finish(Path.of("target", "screenshots", testName + ".png"));
    }

    private void assertNoScriptErrorsOrStackTraces() {
        browser.assertNoScriptErrorsOrStackTraces();
    }

    private void screenshot(String step) {
        browser.screenshot(Path.of("target", "screenshots", testName + "-" + step + ".png"));
    }

    private PatientChartPage janesChart() {
        browser.open("app/patient.xhtml?id=" + jane.id());
        PatientChartPage chart = new PatientChartPage(browser);
        assertEquals(jane.chartName(), chart.name());
        return chart;
    }

    private PatientHomePage signInAsJane() {
        return new SignInPage(browser).open().signInAsPatient(janesAccount.username(), janesAccount.password());
    }

    @Test
    void aPatientCompletesTheAssignedPhq9WritesTheDiaryReadsATextAndThePhysicianSeesThePhq9OnTheChart() {
        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        PatientChartPage chart = janesChart();
        int phq9Before = chart.trendRows("phq9").size();
        ChartSelfServiceSection selfService = new ChartSelfServiceSection(browser)
                .requestQuestionnaire("PHQ9", TODAY.plusDays(3).toString())
                .giveText("Using your pain diary", "Fill it in each evening");
        assertTrue(selfService.requests().stream().anyMatch(r -> r.contains("PHQ-9") && r.contains(TODAY.plusDays(3)
                .toString())), selfService.requests()::toString);
        assertTrue(selfService.education().stream().anyMatch(r -> r.contains("Using your pain diary")
                && r.contains("not read yet")), selfService.education()::toString);
        chart.signOut();

        PatientHomePage home = signInAsJane();
        assertTrue(home.title().startsWith("Hello, Jane"), home.title());
        List<String> open = home.questionnaires();
        long phq9Open = open.stream().filter(r -> r.contains("PHQ-9")).count();
        assertTrue(phq9Open >= 1, open::toString);
        assertTrue(open.stream().anyMatch(r -> r.contains("PHQ-9") && r.contains(TODAY.plusDays(3).toString())
                && r.contains("About how your mood has been")), open::toString);
        screenshot("home");

        AssessmentPage phq9 = home.start("PHQ-9");
        assertTrue(phq9.title().contains("PHQ-9"), phq9.title());
        phq9.answerAll(List.of(1, 1, 2, 1, 0, 1, 1, 0, 0));
        assertEquals("9 of 9 answered", phq9.answeredCount());
        assertEquals("7", phq9.total());
        assertEquals("mild", phq9.band());
        assertEquals("", phq9.supportMessage());
        home = phq9.saveAsPatient();
        assertTrue(home.messages().contains("Thank you. Your Patient Health Questionnaire-9 (PHQ-9) answers are saved"),
                home.messages());
        assertEquals(phq9Open - 1, home.questionnaires().stream().filter(r -> r.contains("PHQ-9")).count(),
                "the completed request is gone from the home");

        DiaryPage diary = home.goToDiary();
        assertEquals(TODAY.toString(), diary.today());
        diary.write(4, "6.5", "30", "paracetamol 1 g twice", "walked to the shop");
        String latestDay = diary.days().get(0);
        assertTrue(latestDay.startsWith(TODAY.toString()) && latestDay.contains("6.5")
                && latestDay.contains("paracetamol 1 g twice") && latestDay.contains("walked to the shop"), latestDay);
        screenshot("diary");

        home = home.goHome();
        assertTrue(home.diaryStatus().contains("Today's pain: 4 out of 10"), home.diaryStatus());
        ReadingPage reading = home.openUnread("Using your pain diary");
        assertEquals("Using your pain diary", reading.title());
        assertEquals("A note from your team: Fill it in each evening", reading.teamNote());
        assertTrue(reading.bodyHtml().contains("<h3>One entry a day</h3>"), reading.bodyHtml());
        assertTrue(reading.markRead().readState().startsWith("You marked this read on " + TODAY), reading.readState());

        ProgressPage progress = new PatientHomePage(openHome()).goToProgress();
        List<String> explained = progress.explanation("PHQ-9");
        assertEquals("Your PHQ-9 score is 7 out of 27. That is in the range the questionnaire calls \"mild\" (5 to 9)."
                + " Lower scores are better.", explained.get(0));
        assertTrue(progress.showsDiaryChart());
        assertFalse(progress.pageText().toLowerCase().contains("self-harm"), "no safety wording on the patient's page");
        screenshot("progress");
        new PatientHomePage(openHome()).signOut();

        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        chart = janesChart();
        List<String> phq9Rows = chart.trendRows("phq9");
        assertEquals(phq9Before + 1, phq9Rows.size(), phq9Rows::toString);
        String newest = phq9Rows.get(phq9Rows.size() - 1);
        assertTrue(newest.startsWith(TODAY.toString()) && newest.matches("(?s).*\\s7\\s.*") && newest.contains("mild"),
                newest);
        assertTrue(new ChartSelfServiceSection(browser).education().stream()
                        .anyMatch(r -> r.contains("Using your pain diary") && r.contains("read " + TODAY)),
                "the team sees the text was read");
    }

    private Browser openHome() {
        browser.open("app/me.xhtml");
        return browser;
    }

    @Test
    void aPatientWhoAnswersItemNineIsSupportedCalmlyWhileTheChartRaisesTheAlert() {
        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        janesChart();
        new ChartSelfServiceSection(browser).requestQuestionnaire("PHQ9", TODAY.plusDays(1).toString());
        new PatientChartPage(browser).signOut();

        PatientHomePage home = signInAsJane();
        AssessmentPage phq9 = home.start("PHQ-9");
        phq9.answerAll(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals("", phq9.alerts(), "the clinical alert wording is not shown to the patient");
        String support = phq9.supportMessage();
        assertTrue(support.contains("your care team will see this answer")
                && support.contains("call your local emergency number"), support);
        assertFalse(support.toLowerCase().contains("suicide"), support);
        phq9.saveAsPatient().signOut();

        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        PatientChartPage chart = janesChart();
        List<String> alerts = chart.safetyAlerts();
        assertTrue(alerts.stream().anyMatch(a -> a.contains("PHQ-9 item 9")), alerts::toString);
    }

    @Test
    void aPatientStatesTheirPreferencesAndTheTeamReadsThemOnTheChart() {
        PatientHomePage home = signInAsJane();
        PreferencesPage preferences = home.goToPreferences()
                .choose("involvement", "I want my team and me to decide together.")
                .choose("avoid", "Opioid medicines")
                .whatMatters("To garden again without a flare the day after")
                .choose("preferredContact", "Text message")
                .save();
        assertTrue(preferences.savedAt().startsWith("Last saved " + TODAY), preferences.savedAt());
        screenshot("preferences");

        browser.click("menuForm:menuPlan");
        browser.find("planTitle");
        assertTrue(browser.isPresent("noPlan") || browser.isPresent("planName"), "the plan, or why there is none");
        browser.click("menuForm:menuReading");
        browser.find("readingForm:texts");
        assertNoScriptErrorsOrStackTraces();
        home.signOut();

        new SignInPage(browser).open().signInAs("dr.lee", "demo");
        janesChart();
        ChartSelfServiceSection selfService = new ChartSelfServiceSection(browser);
        assertEquals("To garden again without a flare the day after", selfService.whatMatters());
        assertEquals("I want my team and me to decide together.", selfService.involvement());
        assertTrue(selfService.avoid().contains("Opioid medicines"), selfService.avoid());
    }

    @Test
    void aPatientIsKeptToTheirOwnRecordWithMessagesNotStackTraces() {
        TestPatient other = clinic.newPatient("John", "Smith");
        PatientHomePage home = signInAsJane();
        assertTrue(home.hasMenuEntry("menuHome") && home.hasMenuEntry("menuDiary") && home.hasMenuEntry("menuReading"));
        assertFalse(home.hasMenuEntry("menuPatients"));
        assertFalse(home.hasMenuEntry("menuWorklist"), "patients have a home, not a worklist");

        browser.open("app/worklist.xhtml");
        new PatientHomePage(browser);

        browser.open("app/patient.xhtml?id=" + other.id());
        PatientChartPage otherChart = new PatientChartPage(browser);
        assertFalse(otherChart.showsChart());
        assertTrue(otherChart.messages().contains("A patient can open only their own record."), otherChart.messages());
        assertFalse(otherChart.offersBreakGlass(), "patients cannot break the glass");
        assertNoScriptErrorsOrStackTraces();

        browser.open("app/assessment.xhtml?patient=" + other.id() + "&instrument=PHQ9");
        browser.waitForText("messages", "only their own record");
        assertFalse(browser.isPresent("assessmentForm:save"));
        assertNoScriptErrorsOrStackTraces();

        browser.open("app/me/text.xhtml?item=987654321");
        ReadingPage missing = new ReadingPage(browser);
        assertFalse(missing.showsText());
        assertTrue(missing.messages().contains("No education text 987654321"), missing.messages());
        assertNoScriptErrorsOrStackTraces();

        new PatientHomePage(openHome()).signOut();
        new SignInPage(browser).open().signInAs("nurse.kim", "demo");
        browser.open("app/me.xhtml");
        assertEquals("Not allowed", browser.find("errorTitle").getText(), "the patient's area is the patient's");
        // The refusal itself is the only thing the browser may log here (and the error page's missing icon).
        List<String> logged = browser.javaScriptErrors();
        assertTrue(logged.stream().allMatch(e -> e.contains("403") || e.contains("favicon")), logged::toString);
    }

    @Test
    void aPatientTurnsEmailRemindersOnAndOffAndTheTeamSeesTheChoice() {
        signInAsJane();
        browser.click("toReminders");
        RemindersPage reminders = new RemindersPage(browser);
        assertFalse(reminders.remindersTicked(), "nobody is e-mailed without saying yes");
        reminders.email("jane.example.org").reminders(true).save("E-mail address");
        String address = "jane." + Clinic.unique() + "@example.org";
        reminders.email(address).save("We will e-mail you");
        screenshot("reminders");
        assertNoScriptErrorsOrStackTraces();

        browser.open("app/me/reminders.xhtml");
        reminders = new RemindersPage(browser);
        assertEquals(address, reminders.email());
        assertTrue(reminders.remindersTicked());
        JsonObject recorded = clinic.as("dr.lee").get(jane.path() + "/contact").json();
        assertTrue(recorded.getBoolean("emailReminders"));
        assertEquals(janesAccount.username(), recorded.getString("changedBy"));

        reminders.reminders(false).save("We will not send you reminders");
        assertFalse(clinic.as("dr.lee").get(jane.path() + "/contact").json().getBoolean("emailReminders"));
    }
}
