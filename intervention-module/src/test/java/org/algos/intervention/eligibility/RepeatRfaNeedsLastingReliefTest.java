package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.BILATERAL;
import static org.algos.domain.value.Laterality.LEFT;
import static org.algos.domain.value.Laterality.RIGHT;
import static org.algos.intervention.catalogue.Procedure.RFA_CERVICAL;
import static org.algos.intervention.catalogue.Procedure.RFA_LUMBAR;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.procedures;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.algos.intervention.eligibility.ChartFixture.scheduled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatRfaNeedsLastingReliefTest {

    private final RepeatRfaNeedsLastingRelief rule = new RepeatRfaNeedsLastingRelief(DEFAULTS);

    @ParameterizedTest(name = "{0} % for {1} months: eligible {2}")
    @CsvSource(nullValues = "none", value = {
            "50, 6, true",
            "90, 12, true",
            "50, 5, false",
            "49, 6, false",
            "49.9, 8, false",
            "none, 8, false",
            "70, none, false"})
    void aRepeatNeedsHalfTheReliefForSixMonths(Double relief, Integer months, boolean eligible) {
        PatientFacts facts = procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", relief, months));
        Optional<Finding> refusal = rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts);
        assertEquals(eligible, refusal.isEmpty());
        refusal.ifPresent(r -> assertTrue(r.source().contains("L38803")));
    }

    @Test
    void theRefusalSaysWhatTheFollowUpDocumented() {
        PatientFacts facts = procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", 60.0, 5));
        Finding refusal = rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts).orElseThrow();
        assertEquals("RepeatRfaNeedsLastingRelief", refusal.rule());
        assertTrue(refusal.message().contains("2024-03-01"), refusal.message());
        assertTrue(refusal.message().contains("60 % relief lasting 5 months"), refusal.message());
        assertTrue(refusal.message().contains("at least 50 %"), refusal.message());
        assertTrue(refusal.message().contains("at least 6 months"), refusal.message());

        PatientFacts undocumented = procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), undocumented).orElseThrow()
                .message().contains("documented no relief"));
    }

    @Test
    void aFirstAblationIsNoRepeat() {
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), PatientFacts.none()).isEmpty());
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_LUMBAR, RIGHT, "2024-03-01", 10.0, 1))).isEmpty(), "other side");
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_CERVICAL, LEFT, "2024-03-01", 10.0, 1))).isEmpty(), "other region");
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(scheduled(RFA_LUMBAR, LEFT, "2024-03-01"))).isEmpty(), "never performed");
    }

    @Test
    void theLatestPreviousAblationDecides() {
        PatientFacts goodThenPoor = procedures(
                completed(RFA_LUMBAR, LEFT, "2023-06-01", 80.0, 9),
                completed(RFA_LUMBAR, LEFT, "2024-04-01", 30.0, 2));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), goodThenPoor).isPresent());

        PatientFacts poorThenGood = procedures(
                completed(RFA_LUMBAR, LEFT, "2023-06-01", 30.0, 2),
                completed(RFA_LUMBAR, LEFT, "2024-04-01", 80.0, 9));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), poorThenGood).isEmpty());
    }

    @Test
    void aBilateralAblationIsThePreviousOneForEachSide() {
        PatientFacts facts = procedures(completed(RFA_LUMBAR, BILATERAL, "2024-03-01", 40.0, 3));
        assertTrue(rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts).isPresent());
        Finding both = rule.refusal(request(RFA_LUMBAR, BILATERAL, "2025-03-10"), facts).orElseThrow();
        assertTrue(both.message().contains("left and right side"), both.message());
    }

    @Test
    void aBilateralRequestJudgesOnlyTheSidesAblatedBefore() {
        PatientFacts leftWorked = procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", 70.0, 8));
        assertTrue(rule.refusal(request(RFA_LUMBAR, BILATERAL, "2025-03-10"), leftWorked).isEmpty());

        PatientFacts leftFailed = procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", 20.0, 1));
        Finding refusal = rule.refusal(request(RFA_LUMBAR, BILATERAL, "2025-03-10"), leftFailed).orElseThrow();
        assertTrue(refusal.message().contains("left side"), refusal.message());
        assertFalse(refusal.message().contains("right"), refusal.message());
    }

    @Test
    void reliefAndDurationAreClinicSettings() {
        EligibilitySettings stricter = new EligibilitySettings(12, 2, 4, 4, 80, 60, 9, 50, 12, 50);
        RepeatRfaNeedsLastingRelief clinicRule = new RepeatRfaNeedsLastingRelief(stricter);
        assertTrue(clinicRule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", 55.0, 10))).isPresent());
        assertTrue(clinicRule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", 65.0, 8))).isPresent());
        assertTrue(clinicRule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"),
                procedures(completed(RFA_LUMBAR, LEFT, "2024-03-01", 60.0, 9))).isEmpty());
    }
}
