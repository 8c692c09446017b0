package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.LEFT;
import static org.algos.domain.value.Laterality.RIGHT;
import static org.algos.intervention.catalogue.Procedure.ESI_CAUDAL;
import static org.algos.intervention.catalogue.Procedure.ESI_CERVICAL_IL;
import static org.algos.intervention.catalogue.Procedure.ESI_LUMBAR_IL;
import static org.algos.intervention.catalogue.Procedure.ESI_LUMBAR_TF;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.cancelled;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.procedures;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.algos.intervention.eligibility.ChartFixture.scheduled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EsiSessionsPerRollingYearTest {

    private final EsiSessionsPerRollingYear rule = new EsiSessionsPerRollingYear(DEFAULTS);

    @Test
    void theFourthSessionInARollingYearIsAllowed() {
        PatientFacts facts = procedures(
                completed(ESI_LUMBAR_TF, LEFT, "2024-05-01"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_CAUDAL, null, "2024-11-01"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_TF, LEFT, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void theFifthIsRefusedWhateverTheApproach() {
        PatientFacts facts = procedures(
                completed(ESI_LUMBAR_TF, LEFT, "2024-05-01"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_CAUDAL, null, "2024-11-01"),
                completed(ESI_LUMBAR_TF, RIGHT, "2025-01-15"));
        Finding refusal = rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), facts).orElseThrow();
        assertEquals("EsiSessionsPerRollingYear", refusal.rule());
        assertTrue(refusal.message().contains("5 sessions"), refusal.message());
        assertTrue(refusal.message().contains("lumbosacral"), refusal.message());
        assertTrue(refusal.message().contains("2024-05-01"), "names the sessions counted: " + refusal.message());
        assertTrue(refusal.source().contains("L39240"));
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"ESI_LUMBAR_TF", "ESI_LUMBAR_IL", "ESI_CAUDAL"})
    void transforaminalInterlaminarAndCaudalAreCountedTogether(Procedure previous) {
        PatientFacts facts = procedures(
                completed(previous, LEFT, "2024-05-01"),
                completed(previous, LEFT, "2024-08-01"),
                completed(previous, LEFT, "2024-11-01"),
                completed(previous, LEFT, "2025-01-15"));
        for (Procedure requested : new Procedure[] {ESI_LUMBAR_TF, ESI_LUMBAR_IL, ESI_CAUDAL}) {
            assertTrue(rule.refusal(request(requested, LEFT, "2025-03-10"), facts).isPresent(),
                    previous + " then " + requested);
        }
    }

    @Test
    void cervicalInjectionsAreNotCountedWithLumbarOnesNorTheOtherWayRound() {
        PatientFacts fourCervical = procedures(
                completed(ESI_CERVICAL_IL, null, "2024-05-01"),
                completed(ESI_CERVICAL_IL, null, "2024-08-01"),
                completed(ESI_CERVICAL_IL, null, "2024-11-01"),
                completed(ESI_CERVICAL_IL, null, "2025-01-15"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), fourCervical).isEmpty());
        assertTrue(rule.refusal(request(ESI_CERVICAL_IL, null, "2025-03-10"), fourCervical).isPresent());

        PatientFacts fourLumbar = procedures(
                completed(ESI_LUMBAR_TF, LEFT, "2024-05-01"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_CAUDAL, null, "2024-11-01"),
                completed(ESI_LUMBAR_IL, null, "2025-01-15"));
        assertTrue(rule.refusal(request(ESI_CERVICAL_IL, null, "2025-03-10"), fourLumbar).isEmpty());
    }

    @Test
    void aSessionExactlyTwelveMonthsBeforeNoLongerCountsButOneDayLaterItDoes() {
        PatientFacts oldestLeftTheWindow = procedures(
                completed(ESI_LUMBAR_IL, null, "2024-03-10"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_LUMBAR_IL, null, "2024-11-01"),
                completed(ESI_LUMBAR_IL, null, "2025-01-15"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), oldestLeftTheWindow).isEmpty());

        PatientFacts oldestStillInside = procedures(
                completed(ESI_LUMBAR_IL, null, "2024-03-11"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_LUMBAR_IL, null, "2024-11-01"),
                completed(ESI_LUMBAR_IL, null, "2025-01-15"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), oldestStillInside).isPresent());
    }

    @Test
    void cancelledSessionsAreNotCountedAndScheduledOnesAre() {
        PatientFacts oneCancelled = procedures(
                completed(ESI_LUMBAR_IL, null, "2024-05-01"),
                cancelled(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_LUMBAR_IL, null, "2024-11-01"),
                completed(ESI_LUMBAR_IL, null, "2025-01-15"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), oneCancelled).isEmpty());

        PatientFacts oneScheduled = procedures(
                completed(ESI_LUMBAR_IL, null, "2024-05-01"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_LUMBAR_IL, null, "2024-11-01"),
                scheduled(ESI_LUMBAR_IL, null, "2025-02-20"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), oneScheduled).isPresent());
    }

    @Test
    void sessionsAlreadyScheduledAfterTheRequestedDateCountForTheWindowsTheyShare() {
        PatientFacts laterSessions = procedures(
                scheduled(ESI_LUMBAR_IL, null, "2025-04-01"),
                scheduled(ESI_LUMBAR_IL, null, "2025-07-01"),
                scheduled(ESI_LUMBAR_IL, null, "2025-10-01"),
                scheduled(ESI_LUMBAR_IL, null, "2026-01-01"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), laterSessions).isPresent(),
                "booking it would make five sessions between 2025-03-10 and 2026-01-01");
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-01-01"), laterSessions).isEmpty(),
                "2026-01-01 is exactly 12 months later, so no window holds all five");
    }

    @Test
    void injectionsOnOneDateAreOneSession() {
        PatientFacts facts = procedures(
                completed(ESI_LUMBAR_TF, LEFT, "2024-05-01"),
                completed(ESI_LUMBAR_TF, RIGHT, "2024-05-01"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_LUMBAR_IL, null, "2024-11-01"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void theLimitIsAClinicSetting() {
        EligibilitySettings threePerYear = new EligibilitySettings(12, 2, 4, 3, 80, 50, 6, 50, 12, 50);
        PatientFacts facts = procedures(
                completed(ESI_LUMBAR_IL, null, "2024-05-01"),
                completed(ESI_LUMBAR_IL, null, "2024-08-01"),
                completed(ESI_LUMBAR_IL, null, "2024-11-01"));
        EsiSessionsPerRollingYear stricter = new EsiSessionsPerRollingYear(threePerYear);
        assertTrue(stricter.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), facts).isPresent());
        assertTrue(stricter.requirement().contains("At most 3"));
    }

    @Test
    void appliesToEpiduralsOnly() {
        Arrays.stream(Procedure.values()).forEach(p -> assertEquals(p.code().startsWith("ESI_"), rule.appliesTo(p), p.code()));
        assertFalse(rule.appliesTo(Procedure.MBB_LUMBAR));
    }
}
