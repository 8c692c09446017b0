package org.algos.intervention.holds;

import static org.algos.intervention.catalogue.Procedure.ESI_LUMBAR_IL;
import static org.algos.intervention.catalogue.Procedure.SCS_TRIAL;
import static org.algos.intervention.catalogue.Procedure.TRIGGER_POINT;
import static org.algos.intervention.holds.MedicationFixture.PROCEDURE_DAY;
import static org.algos.intervention.holds.MedicationFixture.list;
import static org.algos.intervention.holds.MedicationFixture.taking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.port.ActiveMedications.Medication;
import org.algos.intervention.catalogue.BleedingRisk;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HoldPlannerTest {

    private final HoldPlanner planner = new HoldPlanner();

    private Hold only(Procedure procedure, Medication medication) {
        List<Hold> holds = planner.holdsFor(procedure, PROCEDURE_DAY, list(medication));
        assertEquals(1, holds.size(), holds::toString);
        return holds.get(0);
    }

    @Test
    void theCatalogueProceduresUsedHereHaveTheExpectedRisk() {
        assertEquals(BleedingRisk.HIGH, SCS_TRIAL.bleedingRisk());
        assertEquals(BleedingRisk.INTERMEDIATE, ESI_LUMBAR_IL.bleedingRisk());
        assertEquals(BleedingRisk.LOW, TRIGGER_POINT.bleedingRisk());
    }

    @ParameterizedTest(name = "{0}: {1} days, last dose {2}")
    @CsvSource({
            "warfarin,     5, 2026-12-04, 2026-12-05",
            "clopidogrel,  7, 2026-12-02, 2026-12-03",
            "prasugrel,    7, 2026-12-02, 2026-12-03",
            "ticagrelor,   5, 2026-12-04, 2026-12-05",
            "apixaban,     3, 2026-12-06, 2026-12-07",
            "rivaroxaban,  3, 2026-12-06, 2026-12-07",
            "edoxaban,     3, 2026-12-06, 2026-12-07",
            "dabigatran,   4, 2026-12-05, 2026-12-06",
            "fondaparinux, 4, 2026-12-05, 2026-12-06"})
    void eachDrugIsHeldBeforeAHighRiskProcedure(String drug, int days, LocalDate lastDose, LocalDate stopBy) {
        Hold hold = only(SCS_TRIAL, taking(drug));

        assertEquals(new Hold(drug, days, stopBy, hold.instruction(), AnticoagulantHoldTable.SOURCE), hold);
        assertFalse(hold.isNote());
        assertTrue(hold.instruction().startsWith(
                "Spinal cord stimulator trial on 2026-12-10 (high bleeding risk): hold " + drug + " " + days + " days."),
                hold.instruction());
        assertTrue(hold.instruction().contains("Take the last dose on " + lastDose + " and none from " + stopBy
                + " until after the procedure."), hold.instruction());
    }

    @ParameterizedTest(name = "{0}: {1} days, last dose {2}")
    @CsvSource({
            "warfarin,     5, 2026-12-04, 2026-12-05",
            "clopidogrel,  7, 2026-12-02, 2026-12-03",
            "prasugrel,    7, 2026-12-02, 2026-12-03",
            "ticagrelor,   5, 2026-12-04, 2026-12-05",
            "apixaban,     3, 2026-12-06, 2026-12-07",
            "rivaroxaban,  3, 2026-12-06, 2026-12-07",
            "edoxaban,     3, 2026-12-06, 2026-12-07",
            "dabigatran,   4, 2026-12-05, 2026-12-06",
            "fondaparinux, 4, 2026-12-05, 2026-12-06"})
    void eachDrugIsHeldTheSameDaysBeforeAnIntermediateRiskProcedure(String drug, int days, LocalDate lastDose,
                                                                    LocalDate stopBy) {
        Hold hold = only(ESI_LUMBAR_IL, taking(drug));

        assertEquals(days, hold.holdDays());
        assertEquals(stopBy, hold.stopBy());
        assertTrue(hold.instruction().startsWith("Lumbar interlaminar epidural steroid injection on 2026-12-10 "
                + "(intermediate bleeding risk): hold " + drug), hold.instruction());
        assertTrue(hold.instruction().contains("Take the last dose on " + lastDose), hold.instruction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"warfarin", "clopidogrel", "prasugrel", "ticagrelor", "apixaban", "rivaroxaban",
            "edoxaban", "dabigatran", "fondaparinux", "aspirin", "ibuprofen"})
    void beforeALowRiskProcedureNothingIsHeldByDefaultAndANoteSaysSo(String drug) {
        Hold note = only(TRIGGER_POINT, taking(drug, "primary prevention"));

        assertTrue(note.isNote());
        assertEquals(0, note.holdDays());
        assertNull(note.stopBy());
        assertEquals("Trigger point injection on 2026-12-10 (low bleeding risk): no hold of " + drug + " by default. "
                + "Whether to hold it is a shared decision that the physician records.", note.instruction());
        assertEquals(AnticoagulantHoldTable.SOURCE, note.source());
    }

    @Test
    void warfarinAlsoNeedsANormalInr() {
        assertTrue(only(SCS_TRIAL, taking("warfarin")).instruction().endsWith(
                "The INR must also be normal before the procedure."));
        assertTrue(only(ESI_LUMBAR_IL, taking("warfarin")).instruction().contains("INR"));
    }

    @Test
    void dabigatranNamesTheLongerHoldWithRenalImpairment() {
        String instruction = only(SCS_TRIAL, taking("dabigatran")).instruction();
        assertTrue(instruction.contains("hold dabigatran 4 days"), instruction);
        assertTrue(instruction.contains("With renal impairment the reference advises 5–6 days"), instruction);
    }

    @Test
    void otherDrugsAddNothingToTheDayCount() {
        assertTrue(only(SCS_TRIAL, taking("apixaban")).instruction().endsWith("until after the procedure."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WARFARIN", "Warfarin", " warfarin ", "warFARIN"})
    void namesAreMatchedIgnoringCaseAndBlanks(String name) {
        Hold hold = only(SCS_TRIAL, taking(name));
        assertEquals("warfarin", hold.drug());
        assertEquals(5, hold.holdDays());
    }

    @Test
    void drugsOutsideTheTableGetNoLine() {
        List<Medication> active = Arrays.asList(taking("metformin"), taking("paracetamol"), taking(null),
                taking(" "), null, taking("enoxaparin"));
        assertTrue(planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, active).isEmpty());
    }

    @Test
    void anEmptyListHasNoHolds() {
        assertTrue(planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, List.of()).isEmpty());
    }

    @Test
    void linesFollowTheMedicationListAndAreGivenOnce() {
        List<Hold> holds = planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(
                taking("clopidogrel"), taking("metformin"), taking("aspirin", "primary prevention"),
                taking("ibuprofen"), taking("Clopidogrel"), taking("apixaban")));

        assertEquals(List.of("clopidogrel", "aspirin", "ibuprofen", "apixaban"),
                holds.stream().map(Hold::drug).toList());
        assertEquals(Arrays.asList(7, 6, null, 3), holds.stream().map(Hold::holdDays).toList());
    }

    @Test
    void aClinicMayHoldLongerWithinTheReferenceRange() {
        HoldPlanner clinic = new HoldPlanner(AnticoagulantHoldTable.defaults().withHoldDays("prasugrel", 10));
        Hold hold = clinic.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(taking("prasugrel"))).get(0);

        assertEquals(10, hold.holdDays());
        assertEquals(LocalDate.parse("2026-11-30"), hold.stopBy());
        assertTrue(hold.instruction().contains("Take the last dose on 2026-11-29"), hold.instruction());
    }

    @Test
    void aOneDayHoldIsWordedInTheSingular() {
        HoldPlanner clinic = new HoldPlanner(AnticoagulantHoldTable.defaults().withHoldDays("apixaban", 1));
        String instruction = clinic.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(taking("apixaban"))).get(0).instruction();
        assertTrue(instruction.contains("hold apixaban 1 day."), instruction);
    }

    @Test
    void aPatientRaisedFromLowToIntermediateRiskHoldsAnticoagulants() {
        List<Hold> holds = planner.holdsFor(TRIGGER_POINT, TRIGGER_POINT.bleedingRisk().raisedOneCategory(),
                PROCEDURE_DAY, list(taking("apixaban")));

        Hold hold = holds.get(0);
        assertEquals(3, hold.holdDays());
        assertTrue(hold.instruction().startsWith("Trigger point injection on 2026-12-10 (bleeding risk raised to "
                + "intermediate for this patient): hold apixaban 3 days."), hold.instruction());
    }

    @Test
    void aPatientRaisedToHighRiskHoldsAspirinForPrimaryPrevention() {
        Hold hold = planner.holdsFor(ESI_LUMBAR_IL, BleedingRisk.HIGH, PROCEDURE_DAY,
                list(taking("aspirin", "primary prevention"))).get(0);
        assertEquals(6, hold.holdDays());
    }

    @Test
    void aPatientsRiskCannotBeBelowTheProcedures() {
        assertThrows(IllegalArgumentException.class,
                () -> planner.holdsFor(SCS_TRIAL, BleedingRisk.INTERMEDIATE, PROCEDURE_DAY, List.of()));
    }

    @Test
    void theProcedureItsDateAndTheListAreRequired() {
        assertThrows(NullPointerException.class, () -> planner.holdsFor(null, PROCEDURE_DAY, List.of()));
        assertThrows(NullPointerException.class, () -> planner.holdsFor(SCS_TRIAL, null, List.of()));
        assertThrows(NullPointerException.class, () -> planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, null));
        assertThrows(NullPointerException.class, () -> planner.holdsFor(SCS_TRIAL, null, PROCEDURE_DAY, List.of()));
        assertThrows(NullPointerException.class, () -> new HoldPlanner(null));
    }
}
