package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.BILATERAL;
import static org.algos.domain.value.Laterality.LEFT;
import static org.algos.domain.value.Laterality.RIGHT;
import static org.algos.intervention.catalogue.Procedure.RFA_CERVICAL;
import static org.algos.intervention.catalogue.Procedure.RFA_LUMBAR;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.blocks;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.day;
import static org.algos.intervention.eligibility.ChartFixture.mbb;
import static org.algos.intervention.eligibility.ChartFixture.procedures;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.ProcedureHistory.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstRfaNeedsTwoPositiveMedialBranchBlocksTest {

    private final FirstRfaNeedsTwoPositiveMedialBranchBlocks rule = new FirstRfaNeedsTwoPositiveMedialBranchBlocks(DEFAULTS);

    private Optional<Finding> firstLeftLumbarRfa(PatientFacts facts) {
        return rule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts);
    }

    @Test
    void twoPositiveBlocksOnDifferentDatesAllowTheFirstAblation() {
        assertTrue(firstLeftLumbarRfa(blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-02-10"))).isEmpty());
    }

    @Test
    void twoPositiveBlocksOnTheSameDateAreOneConfirmationOnly() {
        Finding refusal = firstLeftLumbarRfa(blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-02-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-02-10"))).orElseThrow();
        assertEquals("FirstRfaNeedsTwoPositiveMedialBranchBlocks", refusal.rule());
        assertTrue(refusal.message().contains("different dates"), refusal.message());
        assertTrue(refusal.message().contains("only on 2025-02-10"), refusal.message());
        assertTrue(refusal.source().contains("L38803"));
    }

    @ParameterizedTest(name = "second block at {0} % relief: eligible {1}")
    @CsvSource({"80.0, true", "100.0, true", "79.9, false", "79.99, false", "50.0, false"})
    void aBlockIsPositiveFromExactlyEightyPercent(double relief, boolean eligible) {
        Optional<Finding> refusal = firstLeftLumbarRfa(blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, relief, "2025-02-10")));
        assertEquals(eligible, refusal.isEmpty());
    }

    @Test
    void aBlockTheDiagnosisModuleJudgedNegativeDoesNotCountEvenIfItsRoundedReliefReadsEighty() {
        DiagnosticBlockFact roundedUp = new DiagnosticBlockFact("MBB_LUMBAR", "lumbar", LEFT, List.of("L4-L5"), 80.0,
                false, day("2025-02-10"));
        assertTrue(firstLeftLumbarRfa(blocks(mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"), roundedUp)).isPresent());
    }

    @Test
    void aBilateralBlockCountsForALeftAblation() {
        assertTrue(firstLeftLumbarRfa(blocks(
                mbb("MBB_LUMBAR", BILATERAL, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-02-10"))).isEmpty());
    }

    @Test
    void aLeftBlockDoesNotCountForARightAblation() {
        PatientFacts facts = blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", RIGHT, 85, "2025-02-10"));
        Finding refusal = rule.refusal(request(RFA_LUMBAR, RIGHT, "2025-03-10"), facts).orElseThrow();
        assertTrue(refusal.message().contains("right"), refusal.message());
    }

    @Test
    void aBilateralAblationNeedsTheBlocksOnEachSide() {
        PatientFacts leftOnly = blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-02-10"));
        Finding refusal = rule.refusal(request(RFA_LUMBAR, BILATERAL, "2025-03-10"), leftOnly).orElseThrow();
        assertTrue(refusal.message().contains("right (no positive block)"), refusal.message());
        assertFalse(refusal.message().contains("left"), refusal.message());

        PatientFacts bothSides = blocks(
                mbb("MBB_LUMBAR", BILATERAL, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", BILATERAL, 85, "2025-02-10"));
        assertTrue(rule.refusal(request(RFA_LUMBAR, BILATERAL, "2025-03-10"), bothSides).isEmpty());
    }

    @Test
    void blocksOfAnotherRegionDoNotCount() {
        PatientFacts cervicalBlocks = blocks(
                mbb("MBB_CERVICAL", LEFT, 90, "2025-01-10"),
                mbb("MBB_CERVICAL", LEFT, 85, "2025-02-10"));
        assertTrue(firstLeftLumbarRfa(cervicalBlocks).isPresent());
        assertTrue(rule.refusal(request(RFA_CERVICAL, LEFT, "2025-03-10"), cervicalBlocks).isEmpty());

        PatientFacts thoracicBlocks = blocks(
                mbb("MBB_THORACIC", LEFT, 90, "2025-01-10"),
                mbb("MBB_THORACIC", LEFT, 85, "2025-02-10"));
        assertTrue(rule.refusal(request(RFA_CERVICAL, LEFT, "2025-03-10"), thoracicBlocks).isPresent());
    }

    @Test
    void aBlockCountsWhenPerformedOnOrBeforeTheAblationDate() {
        assertTrue(firstLeftLumbarRfa(blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-03-10"))).isEmpty());
        assertTrue(firstLeftLumbarRfa(blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-03-11"))).isPresent());
    }

    @Test
    void withoutAnyBlockTheFirstAblationIsRefused() {
        Finding refusal = firstLeftLumbarRfa(PatientFacts.none()).orElseThrow();
        assertTrue(refusal.message().contains("left (no positive block)"), refusal.message());
        assertTrue(refusal.message().contains("lumbar medial branch block"), refusal.message());
    }

    @Test
    void aSideWithACompletedAblationBeforeIsNoLongerOnItsFirst() {
        assertTrue(firstLeftLumbarRfa(procedures(completed(RFA_LUMBAR, BILATERAL, "2024-01-10"))).isEmpty(),
                "a bilateral ablation treated the left side");
        assertTrue(firstLeftLumbarRfa(procedures(completed(RFA_LUMBAR, RIGHT, "2024-01-10"))).isPresent(),
                "the left side was never ablated");
        assertTrue(firstLeftLumbarRfa(procedures(completed(RFA_CERVICAL, LEFT, "2024-01-10"))).isPresent(),
                "another region");
        assertTrue(firstLeftLumbarRfa(procedures(
                new ProcedureHistory(RFA_LUMBAR, LEFT, day("2024-01-10"), Status.CANCELLED, null, null))).isPresent());
        assertTrue(firstLeftLumbarRfa(procedures(
                new ProcedureHistory(RFA_LUMBAR, LEFT, day("2024-01-10"), Status.SCHEDULED, null, null))).isPresent());
        assertTrue(firstLeftLumbarRfa(procedures(completed(RFA_LUMBAR, LEFT, "2025-03-10"))).isPresent(),
                "an ablation on the requested day is this one, not a previous one");
    }

    @Test
    void theReliefThatMakesABlockCountIsAClinicSetting() {
        EligibilitySettings stricter = new EligibilitySettings(12, 2, 4, 4, 85, 50, 6, 50, 12, 50);
        FirstRfaNeedsTwoPositiveMedialBranchBlocks clinicRule = new FirstRfaNeedsTwoPositiveMedialBranchBlocks(stricter);
        PatientFacts facts = blocks(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 82, "2025-02-10"));
        assertTrue(clinicRule.refusal(request(RFA_LUMBAR, LEFT, "2025-03-10"), facts).isPresent());
        assertTrue(clinicRule.requirement().contains("85 %"));
    }

    @Test
    void appliesToAblationsOnly() {
        for (Procedure p : Procedure.values()) {
            assertEquals(p == RFA_LUMBAR || p == RFA_CERVICAL, rule.appliesTo(p), p.code());
        }
    }
}
