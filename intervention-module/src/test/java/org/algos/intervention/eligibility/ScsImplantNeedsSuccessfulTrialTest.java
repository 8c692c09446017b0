package org.algos.intervention.eligibility;

import static org.algos.intervention.catalogue.Procedure.SCS_IMPLANT;
import static org.algos.intervention.catalogue.Procedure.SCS_TRIAL;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.cancelled;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.procedures;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.algos.intervention.eligibility.ChartFixture.scheduled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScsImplantNeedsSuccessfulTrialTest {

    private final ScsImplantNeedsSuccessfulTrial rule = new ScsImplantNeedsSuccessfulTrial(DEFAULTS);

    private Optional<Finding> implant(PatientFacts facts) {
        return rule.refusal(request(SCS_IMPLANT, null, "2025-03-10"), facts);
    }

    @ParameterizedTest(name = "trial relief {0} %: eligible {1}")
    @CsvSource(nullValues = "none", value = {"50, true", "75, true", "49.9, false", "40, false", "none, false"})
    void anImplantNeedsATrialWithHalfThePainRelieved(Double relief, boolean eligible) {
        Optional<Finding> refusal = implant(procedures(completed(SCS_TRIAL, null, "2025-02-01", relief, null)));
        assertEquals(eligible, refusal.isEmpty());
        refusal.ifPresent(r -> {
            assertEquals("ScsImplantNeedsSuccessfulTrial", r.rule());
            assertTrue(r.source().contains("NCD 160.7"));
            assertTrue(r.message().contains("2025-02-01"), r.message());
        });
    }

    @Test
    void aTrialWithFortyPercentReliefIsNamedInTheRefusal() {
        Finding refusal = implant(procedures(completed(SCS_TRIAL, null, "2025-02-01", 40.0, null))).orElseThrow();
        assertTrue(refusal.message().contains("40 % relief"), refusal.message());
        assertTrue(refusal.message().contains("at least 50 %"), refusal.message());
    }

    @Test
    void withoutACompletedTrialTheImplantIsRefused() {
        assertTrue(implant(PatientFacts.none()).orElseThrow().message().startsWith("No completed spinal cord stimulator trial"));
        assertTrue(implant(procedures(scheduled(SCS_TRIAL, null, "2025-02-01"))).isPresent());
        assertTrue(implant(procedures(cancelled(SCS_TRIAL, null, "2025-02-01"))).isPresent());
        assertTrue(implant(procedures(completed(SCS_TRIAL, null, "2025-03-11", 80.0, null))).isPresent(),
                "a trial after the implant date");
    }

    @Test
    void theLatestCompletedTrialDecides() {
        assertTrue(implant(procedures(
                completed(SCS_TRIAL, null, "2024-06-01", 70.0, null),
                completed(SCS_TRIAL, null, "2025-02-01", 30.0, null))).isPresent());
        assertTrue(implant(procedures(
                completed(SCS_TRIAL, null, "2024-06-01", 30.0, null),
                completed(SCS_TRIAL, null, "2025-02-01", 70.0, null))).isEmpty());
    }

    @Test
    void theReliefIsAClinicSetting() {
        EligibilitySettings stricter = new EligibilitySettings(12, 2, 4, 4, 80, 50, 6, 50, 12, 60);
        assertTrue(new ScsImplantNeedsSuccessfulTrial(stricter).refusal(request(SCS_IMPLANT, null, "2025-03-10"),
                procedures(completed(SCS_TRIAL, null, "2025-02-01", 55.0, null))).isPresent());
    }

    @Test
    void appliesToTheImplantOnly() {
        for (Procedure p : Procedure.values()) {
            assertEquals(p == SCS_IMPLANT, rule.appliesTo(p), p.code());
        }
    }
}
