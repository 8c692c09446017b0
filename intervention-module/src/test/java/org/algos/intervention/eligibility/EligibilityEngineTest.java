package org.algos.intervention.eligibility;

import static org.algos.domain.value.Laterality.LEFT;
import static org.algos.intervention.eligibility.ChartFixture.DEFAULTS;
import static org.algos.intervention.eligibility.ChartFixture.completed;
import static org.algos.intervention.eligibility.ChartFixture.mbb;
import static org.algos.intervention.eligibility.ChartFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityEngineTest {

    private static final List<String> REFERENCE_SOURCES = List.of("CMS LCD L38803", "L39240", "CMS NCD 160.7");

    private final EligibilityEngine engine = new EligibilityEngine(DEFAULTS);

    @Test
    void aFirstLumbarAblationAfterTwoPositiveBlocksIsEligibleWithItsRulesListedAsMet() {
        PatientFacts facts = new PatientFacts(List.of(
                mbb("MBB_LUMBAR", LEFT, 90, "2025-01-10"),
                mbb("MBB_LUMBAR", LEFT, 85, "2025-02-10")), List.of(), Optional.empty());
        EligibilityResult result = engine.evaluate(request(Procedure.RFA_LUMBAR, LEFT, "2025-03-10"), facts);
        assertTrue(result.eligible());
        assertEquals(List.of(), result.reasons());
        assertEquals(List.of("FirstRfaNeedsTwoPositiveMedialBranchBlocks", "RepeatRfaNeedsLastingRelief",
                "RfaSessionsPerRollingYear"), result.met().stream().map(Finding::rule).toList());
        assertEquals(List.of("FacetProcedureDocumentation"), result.warnings().stream().map(Finding::rule).toList());
        Finding reminder = result.warnings().get(0);
        assertTrue(reminder.message().contains("3 months"), reminder.message());
        assertTrue(reminder.message().contains("conservative care"), reminder.message());
        assertTrue(reminder.message().contains("baseline score"), reminder.message());
        assertTrue(reminder.source().contains("L38803"));
    }

    @Test
    void everyApplicableRuleRunsSoAllThatIsMissingShowsAtOnce() {
        PatientFacts facts = ChartFixture.procedures(
                completed(Procedure.RFA_LUMBAR, LEFT, "2024-06-01", 30.0, 2),
                completed(Procedure.RFA_LUMBAR, LEFT, "2024-12-01", 30.0, 2));
        EligibilityResult result = engine.evaluate(request(Procedure.RFA_LUMBAR, LEFT, "2025-03-10"), facts);
        assertFalse(result.eligible());
        assertEquals(List.of("RepeatRfaNeedsLastingRelief", "RfaSessionsPerRollingYear"),
                result.reasons().stream().map(Finding::rule).toList());
        assertEquals(List.of("FirstRfaNeedsTwoPositiveMedialBranchBlocks"), result.met().stream().map(Finding::rule).toList());
    }

    @Test
    void anEpiduralCarriesItsDocumentationReminderEvenWhenEligible() {
        EligibilityResult result = engine.evaluate(request(Procedure.ESI_CAUDAL, null, "2025-03-10"), PatientFacts.none());
        assertTrue(result.eligible());
        assertEquals(List.of("EsiSessionsPerRollingYear", "RepeatEsiNeedsRelief"),
                result.met().stream().map(Finding::rule).toList());
        Finding reminder = result.warnings().get(0);
        assertEquals("EpiduralDocumentation", reminder.rule());
        assertTrue(reminder.message().contains("4 weeks"), reminder.message());
        assertTrue(reminder.message().contains("imaging guidance with contrast"), reminder.message());
        assertTrue(reminder.source().contains("L39240"));
    }

    @Test
    void aTriggerPointInjectionHasNoCoverageRuleHere() {
        EligibilityResult result = engine.evaluate(request(Procedure.TRIGGER_POINT, null, "2025-03-10"), PatientFacts.none());
        assertTrue(result.eligible());
        assertEquals(List.of(), result.reasons());
        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(), result.met());
    }

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                Arguments.of(request(Procedure.RFA_LUMBAR, LEFT, "2025-03-10"), PatientFacts.none()),
                Arguments.of(request(Procedure.RFA_CERVICAL, LEFT, "2025-03-10"), ChartFixture.procedures(
                        completed(Procedure.RFA_CERVICAL, LEFT, "2024-06-01", 90.0, 9),
                        completed(Procedure.RFA_CERVICAL, LEFT, "2024-12-01", 40.0, 2))),
                Arguments.of(request(Procedure.MBB_LUMBAR, LEFT, "2025-03-10"), ChartFixture.procedures(
                        completed(Procedure.MBB_LUMBAR, LEFT, "2024-05-01"),
                        completed(Procedure.MBB_LUMBAR, LEFT, "2024-06-01"),
                        completed(Procedure.MBB_LUMBAR, LEFT, "2024-07-01"),
                        completed(Procedure.MBB_LUMBAR, LEFT, "2024-08-01"))),
                Arguments.of(request(Procedure.ESI_CERVICAL_IL, null, "2025-03-10"), ChartFixture.procedures(
                        completed(Procedure.ESI_CERVICAL_IL, null, "2024-05-01", 60.0, null),
                        completed(Procedure.ESI_CERVICAL_IL, null, "2024-06-01", 60.0, null),
                        completed(Procedure.ESI_CERVICAL_IL, null, "2024-07-01", 60.0, null),
                        completed(Procedure.ESI_CERVICAL_IL, null, "2024-08-01", 20.0, null))),
                Arguments.of(request(Procedure.SCS_TRIAL, null, "2025-03-10"), PatientFacts.none()),
                Arguments.of(request(Procedure.SCS_IMPLANT, null, "2025-03-10"), PatientFacts.none()));
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void everyRefusalNamesTheReferenceItComesFrom(EligibilityRequest request, PatientFacts facts) {
        EligibilityResult result = engine.evaluate(request, facts);
        assertFalse(result.eligible());
        for (Finding reason : result.reasons()) {
            assertFalse(reason.source().isBlank());
            assertTrue(REFERENCE_SOURCES.stream().anyMatch(reason.source()::contains), reason.source());
            assertFalse(reason.message().isBlank());
        }
    }

    @Test
    void everyRuleIsRefusedAtLeastOnceAcrossTheRefusedRequests() {
        Set<String> refusingRules = new HashSet<>();
        refusedRequests().forEach(arguments -> {
            Object[] args = arguments.get();
            engine.evaluate((EligibilityRequest) args[0], (PatientFacts) args[1]).reasons()
                    .forEach(reason -> refusingRules.add(reason.rule()));
        });
        Set<String> allRules = new HashSet<>();
        engine.rules().forEach(rule -> allRules.add(rule.name()));
        assertEquals(allRules, refusingRules);
    }

    @Test
    void everyRuleHasADistinctNameAndASourceFromTheReference() {
        Set<String> names = new HashSet<>();
        for (EligibilityRule rule : engine.rules()) {
            assertTrue(names.add(rule.name()), rule.name());
            assertTrue(REFERENCE_SOURCES.stream().anyMatch(rule.source()::contains), rule.name());
            assertFalse(rule.requirement().isBlank());
        }
        assertEquals(8, names.size());
    }

    @Test
    void theClinicsSettingsReachTheRules() {
        EligibilitySettings oneEpiduralPerYear = new EligibilitySettings(12, 2, 4, 1, 80, 50, 6, 50, 12, 50);
        PatientFacts facts = ChartFixture.procedures(completed(Procedure.ESI_LUMBAR_IL, null, "2024-12-01", 80.0, null));
        assertTrue(engine.evaluate(request(Procedure.ESI_LUMBAR_IL, null, "2025-03-10"), facts).eligible());
        assertFalse(new EligibilityEngine(oneEpiduralPerYear)
                .evaluate(request(Procedure.ESI_LUMBAR_IL, null, "2025-03-10"), facts).eligible());
    }

    @Test
    void aResultIsEligibleExactlyWhenNothingRefused() {
        Finding reason = new Finding("Rule", "refused", "CMS NCD 160.7");
        assertThrows(IllegalArgumentException.class, () -> new EligibilityResult(true, List.of(reason), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new EligibilityResult(false, List.of(), List.of(), List.of()));
    }

    @Test
    void aFindingAlwaysCarriesRuleMessageAndSource() {
        assertThrows(IllegalArgumentException.class, () -> new Finding("Rule", "message", " "));
        assertThrows(IllegalArgumentException.class, () -> new Finding("Rule", null, "source"));
        assertThrows(IllegalArgumentException.class, () -> new Finding("", "message", "source"));
    }
}
