package org.algos.intervention.holds;

import static org.algos.intervention.catalogue.Procedure.ESI_LUMBAR_IL;
import static org.algos.intervention.catalogue.Procedure.SCS_TRIAL;
import static org.algos.intervention.catalogue.Procedure.TRIGGER_POINT;
import static org.algos.intervention.holds.MedicationFixture.PROCEDURE_DAY;
import static org.algos.intervention.holds.MedicationFixture.list;
import static org.algos.intervention.holds.MedicationFixture.starting;
import static org.algos.intervention.holds.MedicationFixture.stopped;
import static org.algos.intervention.holds.MedicationFixture.taking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.domain.port.ActiveMedications.Medication;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NsaidHoldTest {

    private final HoldPlanner planner = new HoldPlanner();

    private Hold only(Procedure procedure, Medication medication) {
        List<Hold> holds = planner.holdsFor(procedure, PROCEDURE_DAY, list(medication));
        assertEquals(1, holds.size(), holds::toString);
        return holds.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ibuprofen", "naproxen", "diclofenac", "meloxicam", "celecoxib", "ketorolac",
            "indomethacin", "etodolac"})
    void anNsaidIsHeldAboutFiveHalfLivesBeforeAHighRiskProcedureWithoutADayCount(String drug) {
        Hold hold = only(SCS_TRIAL, taking(drug));

        assertFalse(hold.isNote());
        assertNull(hold.holdDays());
        assertNull(hold.stopBy());
        assertEquals("Spinal cord stimulator trial on 2026-12-10 (high bleeding risk): hold " + drug + " for about "
                + "5 half-lives before the procedure. The reference gives no day count for each NSAID, so the "
                + "physician sets the last-dose date from the drug's half-life.", hold.instruction());
        assertEquals(AnticoagulantHoldTable.SOURCE, hold.source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ibuprofen", "naproxen", "diclofenac", "meloxicam", "celecoxib", "ketorolac",
            "indomethacin", "etodolac"})
    void anNsaidIsNotHeldBeforeAnIntermediateRiskProcedure(String drug) {
        Hold note = only(ESI_LUMBAR_IL, taking(drug));

        assertTrue(note.isNote());
        assertEquals("Lumbar interlaminar epidural steroid injection on 2026-12-10 (intermediate bleeding risk): "
                + "no hold of " + drug + ". The reference holds NSAIDs before high bleeding-risk procedures only.",
                note.instruction());
    }

    @Test
    void anNsaidIsNotHeldByDefaultBeforeALowRiskProcedure() {
        Hold note = only(TRIGGER_POINT, taking("naproxen"));
        assertTrue(note.isNote());
        assertTrue(note.instruction().contains("shared decision"), note.instruction());
    }

    @Test
    void nsaidNamesIgnoreCase() {
        assertEquals("ibuprofen", only(SCS_TRIAL, taking(" Ibuprofen ")).drug());
        assertNull(only(SCS_TRIAL, taking("IBUPROFEN")).holdDays());
    }

    @Test
    void aStoppedNsaidIsListedWithAReminderToCheckTheInterval() {
        Hold hold = only(SCS_TRIAL, stopped("meloxicam", "2026-12-01"));
        assertTrue(hold.instruction().endsWith("It is recorded as stopped on 2026-12-01: check that this is about "
                + "5 half-lives before the procedure."), hold.instruction());
    }

    @Test
    void anNsaidStartedAfterTheProcedureNeedsNoLine() {
        assertTrue(planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(starting("ibuprofen", "2026-12-11"))).isEmpty());
    }

    @Test
    void paracetamolIsNotAnNsaid() {
        assertTrue(planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(taking("paracetamol"))).isEmpty());
    }
}
