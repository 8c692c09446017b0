package org.algos.intervention.holds;

import static org.algos.intervention.catalogue.Procedure.SCS_TRIAL;
import static org.algos.intervention.catalogue.Procedure.TRIGGER_POINT;
import static org.algos.intervention.holds.MedicationFixture.PROCEDURE_DAY;
import static org.algos.intervention.holds.MedicationFixture.list;
import static org.algos.intervention.holds.MedicationFixture.starting;
import static org.algos.intervention.holds.MedicationFixture.stopped;
import static org.algos.intervention.holds.MedicationFixture.taking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.algos.domain.port.ActiveMedications.Medication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Hold N days" leaves N whole days without the drug before the procedure day: stopBy is the
 * procedure date minus N and the last dose is the day before it.
 */
class StopByDateTest {

    private final HoldPlanner planner = new HoldPlanner();

    private List<Hold> holds(String procedureDay, Medication medication) {
        return planner.holdsFor(SCS_TRIAL, LocalDate.parse(procedureDay), list(medication));
    }

    @Test
    void fiveDaysBeforeTheTenthMeansTheLastDoseOnTheFourth() {
        Hold hold = holds("2026-12-10", taking("warfarin")).get(0);

        assertEquals(LocalDate.parse("2026-12-05"), hold.stopBy());
        assertEquals(Optional.of(LocalDate.parse("2026-12-04")), hold.lastDoseOn());
        assertTrue(hold.instruction().contains("Take the last dose on 2026-12-04 and none from 2026-12-05 until after "
                + "the procedure."), hold.instruction());
    }

    @ParameterizedTest(name = "{0} {1}: stop by {2}, last dose {3}")
    @CsvSource({
            "clopidogrel, 2026-12-03, 2026-11-26, 2026-11-25",
            "apixaban,    2026-12-01, 2026-11-28, 2026-11-27",
            "dabigatran,  2026-12-04, 2026-11-30, 2026-11-29",
            "ticagrelor,  2026-12-05, 2026-11-30, 2026-11-29",
            "warfarin,    2027-01-02, 2026-12-28, 2026-12-27",
            "prasugrel,   2027-01-05, 2026-12-29, 2026-12-28",
            "apixaban,    2028-03-02, 2028-02-28, 2028-02-27",
            "apixaban,    2027-03-02, 2027-02-27, 2027-02-26",
            "fondaparinux, 2028-03-03, 2028-02-28, 2028-02-27",
            "edoxaban,    2028-03-01, 2028-02-27, 2028-02-26"})
    void stopByDatesCrossMonthAndYearEndsAndLeapDays(String drug, String procedureDay, LocalDate stopBy,
                                                     LocalDate lastDose) {
        Hold hold = holds(procedureDay, taking(drug)).get(0);

        assertEquals(stopBy, hold.stopBy());
        assertTrue(hold.instruction().contains("Take the last dose on " + lastDose + " and none from " + stopBy),
                hold.instruction());
    }

    @Test
    void aDrugLastTakenOnTheLastDoseDayOrEarlierNeedsNoHold() {
        assertTrue(holds("2026-12-10", stopped("warfarin", "2026-12-04")).isEmpty());
        assertTrue(holds("2026-12-10", stopped("apixaban", "2026-11-01")).isEmpty());
    }

    @Test
    void aDrugStillTakenOnTheStopByDateIsHeld() {
        assertEquals(5, holds("2026-12-10", stopped("warfarin", "2026-12-05")).get(0).holdDays());
    }

    @Test
    void aDrugDueToStopAfterTheProcedureIsHeld() {
        assertEquals(3, holds("2026-12-10", stopped("apixaban", "2027-01-31")).get(0).holdDays());
    }

    @Test
    void aDrugStartingAfterTheProcedureNeedsNoHold() {
        assertTrue(holds("2026-12-10", starting("clopidogrel", "2026-12-11")).isEmpty());
    }

    @Test
    void aDrugStartingInTheWindowOrOnTheProcedureDayIsHeld() {
        assertEquals(7, holds("2026-12-10", starting("clopidogrel", "2026-12-06")).get(0).holdDays());
        assertEquals(7, holds("2026-12-10", starting("clopidogrel", "2026-12-10")).get(0).holdDays());
    }

    @Test
    void aDrugStoppedBeforeItsWindowGetsNoNoteBeforeALowRiskProcedureEither() {
        assertTrue(planner.holdsFor(TRIGGER_POINT, PROCEDURE_DAY, list(stopped("warfarin", "2026-12-04"))).isEmpty());
        assertEquals(1, planner.holdsFor(TRIGGER_POINT, PROCEDURE_DAY, list(stopped("warfarin", "2026-12-05"))).size());
    }
}
