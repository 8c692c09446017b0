package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.BILATERAL;
import static org.algos.domain.value.Laterality.LEFT;
import static org.algos.domain.value.Laterality.RIGHT;
import static org.algos.intervention.catalogue.Procedure.RFA_CERVICAL;
import static org.algos.intervention.catalogue.Procedure.RFA_LUMBAR;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.cancelled;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.procedures;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.algos.intervention.eligibility.ChartFixture.scheduled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;

class RfaSessionsPerRollingYearTest {

    private final RfaSessionsPerRollingYear rule = new RfaSessionsPerRollingYear(DEFAULTS);

    @Test
    void theSecondSessionInARollingYearIsAllowed() {
        PatientFacts facts = procedures(completed(RFA_LUMBAR, LEFT, "2024-09-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, RIGHT, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void theThirdSessionInARollingYearIsRefusedWhicheverSide() {
        PatientFacts facts = procedures(
                completed(RFA_LUMBAR, LEFT, "2024-06-01"),
                scheduled(RFA_LUMBAR, RIGHT, "2024-12-01"));
        Finding refusal = rule.refusal(request(RFA_LUMBAR, BILATERAL, "2025-03-10"), facts).orElseThrow();
        assertEquals("RfaSessionsPerRollingYear", refusal.rule());
        assertTrue(refusal.message().contains("3 sessions"), refusal.message());
        assertTrue(refusal.message().contains("at most 2"), refusal.message());
        assertTrue(refusal.source().contains("L38803"));
    }

    @Test
    void aSessionLeavesTheWindowTwelveMonthsAfterItsDate() {
        PatientFacts exactlyTwelveMonthsBefore = procedures(
                completed(RFA_LUMBAR, LEFT, "2024-03-10"),
                completed(RFA_LUMBAR, RIGHT, "2024-09-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), exactlyTwelveMonthsBefore).isEmpty());

        PatientFacts oneDayLater = procedures(
                completed(RFA_LUMBAR, LEFT, "2024-03-11"),
                completed(RFA_LUMBAR, RIGHT, "2024-09-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), oneDayLater).isPresent());
    }

    @Test
    void cancelledSessionsAreNotCounted() {
        PatientFacts facts = procedures(
                cancelled(RFA_LUMBAR, LEFT, "2024-06-01"),
                completed(RFA_LUMBAR, RIGHT, "2024-12-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void cervicalAndLumbarAblationsAreCountedApart() {
        PatientFacts twoCervical = procedures(
                completed(RFA_CERVICAL, LEFT, "2024-06-01"),
                completed(RFA_CERVICAL, RIGHT, "2024-12-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), twoCervical).isEmpty());
        assertTrue(rule.refusal(request(RFA_CERVICAL, LEFT, "2025-03-10"), twoCervical).isPresent());
    }

    @Test
    void medialBranchBlocksAreNotAblationSessions() {
        PatientFacts facts = procedures(
                completed(Procedure.MBB_LUMBAR, LEFT, "2024-06-01"),
                completed(Procedure.MBB_LUMBAR, LEFT, "2024-07-01"),
                completed(RFA_LUMBAR, RIGHT, "2024-12-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void theLimitAndTheWindowAreClinicSettings() {
        EligibilitySettings oneInSixMonths = new EligibilitySettings(6, 1, 4, 4, 80, 50, 6, 50, 12, 50);
        RfaSessionsPerRollingYear clinicRule = new RfaSessionsPerRollingYear(oneInSixMonths);
        assertTrue(clinicRule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_LUMBAR, RIGHT, "2024-09-11"))).isPresent());
        assertTrue(clinicRule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_LUMBAR, RIGHT, "2024-09-10"))).isEmpty());
    }
}
