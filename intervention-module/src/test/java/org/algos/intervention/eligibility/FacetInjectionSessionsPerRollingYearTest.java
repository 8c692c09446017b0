package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.BILATERAL;
import static org.algos.domain.value.Laterality.LEFT;
import static org.algos.domain.value.Laterality.RIGHT;
import static org.algos.intervention.catalogue.Procedure.MBB_CERVICAL;
import static org.algos.intervention.catalogue.Procedure.MBB_LUMBAR;
import static org.algos.intervention.catalogue.Procedure.RFA_LUMBAR;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.cancelled;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.procedures;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FacetInjectionSessionsPerRollingYearTest {

    private final FacetInjectionSessionsPerRollingYear rule = new FacetInjectionSessionsPerRollingYear(DEFAULTS);

    @Test
    void theFourthFacetInjectionSessionIsAllowedAndTheFifthRefused() {
        PatientFacts three = procedures(
                completed(MBB_LUMBAR, LEFT, "2024-05-01"),
                completed(MBB_LUMBAR, RIGHT, "2024-05-20"),
                completed(MBB_LUMBAR, BILATERAL, "2024-11-01"));
        assertTrue(rule.refusal(request(MBB_LUMBAR, LEFT, "2025-03-10"), three).isEmpty());

        PatientFacts four = procedures(
                completed(MBB_LUMBAR, LEFT, "2024-05-01"),
                completed(MBB_LUMBAR, RIGHT, "2024-05-20"),
                completed(MBB_LUMBAR, BILATERAL, "2024-11-01"),
                completed(MBB_LUMBAR, LEFT, "2025-01-15"));
        Finding refusal = rule.refusal(request(MBB_LUMBAR, LEFT, "2025-03-10"), four).orElseThrow();
        assertTrue(refusal.message().contains("5 sessions"), refusal.message());
        assertTrue(refusal.source().contains("L38803"));
    }

    @Test
    void cervicalBlocksCancelledBlocksAndAblationsAreNotCounted() {
        PatientFacts facts = procedures(
                completed(MBB_CERVICAL, LEFT, "2024-05-01"),
                cancelled(MBB_LUMBAR, RIGHT, "2024-05-20"),
                completed(RFA_LUMBAR, BILATERAL, "2024-11-01"),
                completed(MBB_LUMBAR, LEFT, "2024-12-01"),
                completed(MBB_LUMBAR, LEFT, "2024-12-15"),
                completed(MBB_LUMBAR, LEFT, "2025-01-15"));
        assertTrue(rule.refusal(request(MBB_LUMBAR, LEFT, "2025-03-10"), facts).isEmpty());
    }

    @Test
    void appliesToMedialBranchBlocksOnly() {
        assertTrue(rule.appliesTo(MBB_LUMBAR));
        assertTrue(rule.appliesTo(MBB_CERVICAL));
        assertFalse(rule.appliesTo(RFA_LUMBAR));
    }
}
