package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.LEFT;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatEsiNeedsReliefTest {

    private final RepeatEsiNeedsRelief rule = new RepeatEsiNeedsRelief(DEFAULTS);

    @ParameterizedTest(name = "previous relief {0} %: eligible {1}")
    @CsvSource(nullValues = "none", value = {"50, true", "100, true", "49.9, false", "20, false", "none, false"})
    void aRepeatNeedsHalfTheReliefAfterThePreviousOne(Double relief, boolean eligible) {
        PatientFacts facts = procedures(completed(ESI_LUMBAR_IL, null, "2025-01-10", relief, null));
        Optional<Finding> refusal = rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), facts);
        assertEquals(eligible, refusal.isEmpty());
        refusal.ifPresent(r -> {
            assertEquals("RepeatEsiNeedsRelief", r.rule());
            assertTrue(r.source().contains("L39240"));
            assertTrue(r.message().contains("2025-01-10"), r.message());
            assertTrue(r.message().contains("functional gain"), r.message());
        });
    }

    @Test
    void thePreviousInjectionOfTheAreaCountsWhateverItsApproach() {
        PatientFacts transforaminalFailed = procedures(completed(ESI_LUMBAR_TF, LEFT, "2025-01-10", 10.0, null));
        assertTrue(rule.refusal(request(ESI_CAUDAL, null, "2025-03-10"), transforaminalFailed).isPresent());
    }

    @Test
    void aFirstInjectionOfTheAreaIsNoRepeat() {
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), PatientFacts.none()).isEmpty());
        PatientFacts cervicalFailed = procedures(completed(ESI_CERVICAL_IL, null, "2025-01-10", 10.0, null));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), cervicalFailed).isEmpty());
        PatientFacts notPerformed = procedures(
                cancelled(ESI_LUMBAR_IL, null, "2025-01-10"),
                scheduled(ESI_LUMBAR_IL, null, "2025-02-10"));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), notPerformed).isEmpty());
    }

    @Test
    void theLatestCompletedInjectionDecides() {
        PatientFacts facts = procedures(
                completed(ESI_LUMBAR_IL, null, "2024-06-10", 10.0, null),
                completed(ESI_LUMBAR_TF, LEFT, "2024-10-10", 70.0, null));
        assertTrue(rule.refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void theReliefIsAClinicSetting() {
        EligibilitySettings stricter = new EligibilitySettings(12, 2, 4, 4, 80, 50, 6, 60, 12, 50);
        PatientFacts facts = procedures(completed(ESI_LUMBAR_IL, null, "2025-01-10", 55.0, null));
        assertTrue(new RepeatEsiNeedsRelief(stricter).refusal(request(ESI_LUMBAR_IL, null, "2025-03-10"), facts).isPresent());
    }
}
