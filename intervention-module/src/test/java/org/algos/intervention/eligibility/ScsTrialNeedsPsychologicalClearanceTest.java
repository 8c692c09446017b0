package org.algos.intervention.eligibility;

import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.clearance;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScsTrialNeedsPsychologicalClearanceTest {

    private static final String TRIAL_DATE = "2025-03-10";

    private final ScsTrialNeedsPsychologicalClearance rule = new ScsTrialNeedsPsychologicalClearance(DEFAULTS);

    private Optional<Finding> trial(PatientFacts facts) {
        return rule.refusal(request(Procedure.SCS_TRIAL, null, TRIAL_DATE), facts);
    }

    @Test
    void withoutAnyPsychologicalDecisionTheTrialIsRefused() {
        Finding refusal = trial(PatientFacts.none()).orElseThrow();
        assertEquals("ScsTrialNeedsPsychologicalClearance", refusal.rule());
        assertTrue(refusal.message().startsWith("No psychological evaluation"), refusal.message());
        assertTrue(refusal.message().contains("12 months"), refusal.message());
        assertTrue(refusal.source().contains("NCD 160.7"));
    }

    @ParameterizedTest(name = "clearance on {0}: eligible {1}")
    @CsvSource({
            "2025-03-10, true",
            "2024-04-10, true",
            "2024-03-11, true",
            "2024-03-10, false",
            "2024-02-10, false"})
    void aClearanceIsValidForTwelveMonths(String evaluatedOn, boolean eligible) {
        assertEquals(eligible, trial(clearance(evaluatedOn, true, false)).isEmpty());
    }

    @Test
    void aClearanceElevenMonthsOldIsValidAndThirteenMonthsOldIsNot() {
        assertTrue(trial(clearance("2024-04-10", true, false)).isEmpty());
        Finding refusal = trial(clearance("2024-02-10", true, false)).orElseThrow();
        assertTrue(refusal.message().contains("more than 12 months"), refusal.message());
    }

    @Test
    void anEvaluationThatDidNotClearThePatientRefusesTheTrial() {
        Finding refusal = trial(clearance("2025-01-10", false, false)).orElseThrow();
        assertTrue(refusal.message().contains("did not clear"), refusal.message());
    }

    @Test
    void anActiveSubstanceUseDisorderRefusesTheTrialEvenWhenCleared() {
        Finding refusal = trial(clearance("2025-01-10", true, true)).orElseThrow();
        assertTrue(refusal.message().contains("active substance use disorder"), refusal.message());
    }

    @Test
    void everyProblemWithTheDecisionIsNamed() {
        Finding refusal = trial(clearance("2023-01-10", false, true)).orElseThrow();
        assertTrue(refusal.message().contains("more than 12 months"), refusal.message());
        assertTrue(refusal.message().contains("did not clear"), refusal.message());
        assertTrue(refusal.message().contains("substance use"), refusal.message());
    }

    @Test
    void anEvaluationAfterTheTrialDateDoesNotClearIt() {
        Finding refusal = trial(clearance("2025-03-11", true, false)).orElseThrow();
        assertTrue(refusal.message().contains("after the trial"), refusal.message());
    }

    @Test
    void theValidityIsAClinicSetting() {
        EligibilitySettings sixMonths = new EligibilitySettings(12, 2, 4, 4, 80, 50, 6, 50, 6, 50);
        ScsTrialNeedsPsychologicalClearance clinicRule = new ScsTrialNeedsPsychologicalClearance(sixMonths);
        assertTrue(clinicRule.refusal(request(Procedure.SCS_TRIAL, null, TRIAL_DATE),
                clearance("2024-04-10", true, false)).isPresent());
        assertTrue(clinicRule.refusal(request(Procedure.SCS_TRIAL, null, TRIAL_DATE),
                clearance("2024-10-10", true, false)).isEmpty());
    }

    @Test
    void appliesToTheTrialOnly() {
        for (Procedure p : Procedure.values()) {
            assertEquals(p == Procedure.SCS_TRIAL, rule.appliesTo(p), p.code());
        }
    }
}
