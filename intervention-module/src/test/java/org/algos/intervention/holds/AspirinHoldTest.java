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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.port.ActiveMedications.Medication;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AspirinHoldTest {

    private final HoldPlanner planner = new HoldPlanner();

    private Hold only(Procedure procedure, Medication medication) {
        List<Hold> holds = planner.holdsFor(procedure, PROCEDURE_DAY, list(medication));
        assertEquals(1, holds.size(), holds::toString);
        return holds.get(0);
    }

    @Test
    void aspirinForPrimaryPreventionIsHeldSixDaysBeforeAHighRiskProcedure() {
        Hold hold = only(SCS_TRIAL, taking("aspirin", "primary prevention"));

        assertEquals("aspirin", hold.drug());
        assertEquals(6, hold.holdDays());
        assertEquals(LocalDate.parse("2026-12-04"), hold.stopBy());
        assertEquals("Spinal cord stimulator trial on 2026-12-10 (high bleeding risk): hold aspirin (primary "
                + "prevention) 6 days. Take the last dose on 2026-12-03 and none from 2026-12-04 until after the "
                + "procedure.", hold.instruction());
        assertEquals(AnticoagulantHoldTable.SOURCE, hold.source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Primary Prevention", " primary  prevention ", "PRIMARY PREVENTION"})
    void theIndicationIsMatchedIgnoringCaseAndSpacing(String indication) {
        assertEquals(6, only(SCS_TRIAL, taking("Aspirin", indication)).holdDays());
    }

    @Test
    void acetylsalicylicAcidIsAspirin() {
        Hold hold = only(SCS_TRIAL, taking("acetylsalicylic acid", "primary prevention"));
        assertEquals(6, hold.holdDays());
        assertEquals("acetylsalicylic acid", hold.drug());
    }

    @Test
    void aspirinForPrimaryPreventionIsNotHeldBeforeAnIntermediateRiskProcedure() {
        Hold note = only(ESI_LUMBAR_IL, taking("aspirin", "primary prevention"));

        assertTrue(note.isNote());
        assertNull(note.stopBy());
        assertEquals("Lumbar interlaminar epidural steroid injection on 2026-12-10 (intermediate bleeding risk): "
                + "no hold of aspirin. The reference holds aspirin for primary prevention before high bleeding-risk "
                + "procedures only.", note.instruction());
    }

    @Test
    void aspirinIsNotHeldByDefaultBeforeALowRiskProcedure() {
        Hold note = only(TRIGGER_POINT, taking("aspirin", "primary prevention"));
        assertTrue(note.isNote());
        assertTrue(note.instruction().contains("shared decision"), note.instruction());
    }

    @Test
    void aspirinForSecondaryPreventionIsNotHeldButDiscussedWithThePrescriber() {
        Hold note = only(SCS_TRIAL, taking("aspirin", "secondary prevention"));

        assertTrue(note.isNote());
        assertEquals(0, note.holdDays());
        assertNull(note.stopBy());
        assertEquals("Spinal cord stimulator trial on 2026-12-10 (high bleeding risk): aspirin is recorded for "
                + "secondary prevention; the reference holds aspirin 6 days before a high-risk procedure only when it "
                + "is taken for primary prevention. Discuss with the prescriber before stopping it.", note.instruction());
    }

    @Test
    void aspirinForSecondaryPreventionIsNotHeldBeforeIntermediateOrLowRisk() {
        assertTrue(only(ESI_LUMBAR_IL, taking("aspirin", "secondary prevention")).isNote());
        assertTrue(only(TRIGGER_POINT, taking("aspirin", "secondary prevention")).isNote());
    }

    @Test
    void anyIndicationOtherThanPrimaryPreventionIsDiscussed() {
        Hold note = only(SCS_TRIAL, taking("aspirin", "coronary stent"));
        assertTrue(note.isNote());
        assertTrue(note.instruction().contains("recorded for coronary stent"), note.instruction());
        assertTrue(note.instruction().contains("Discuss with the prescriber"), note.instruction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aMissingIndicationGivesBothCoursesWithTheDates(String indication) {
        for (Medication aspirin : List.of(taking("aspirin"), taking("aspirin", indication))) {
            Hold note = only(SCS_TRIAL, aspirin);

            assertTrue(note.isNote());
            assertEquals("Spinal cord stimulator trial on 2026-12-10 (high bleeding risk): the reason for aspirin is "
                    + "not recorded. If it is taken for primary prevention, hold it 6 days: take the last dose on "
                    + "2026-12-03 and none from 2026-12-04 until after the procedure. For any other reason, discuss "
                    + "with the prescriber before stopping it.", note.instruction());
        }
    }

    @Test
    void aClinicMaySetTheAspirinDays() {
        HoldPlanner clinic = new HoldPlanner(new AnticoagulantHoldTable(AnticoagulantHoldTable.DEFAULT_HOLD_DAYS, 7,
                AnticoagulantHoldTable.DEFAULT_NSAIDS));
        Hold hold = clinic.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(taking("aspirin", "primary prevention"))).get(0);
        assertEquals(7, hold.holdDays());
        assertEquals(LocalDate.parse("2026-12-03"), hold.stopBy());
    }

    @Test
    void aspirinStoppedBeforeItsWindowNeedsNoLine() {
        assertTrue(planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(new Medication("aspirin", "primary prevention",
                LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-03")))).isEmpty());
        assertFalse(planner.holdsFor(SCS_TRIAL, PROCEDURE_DAY, list(new Medication("aspirin", "primary prevention",
                LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-04")))).isEmpty());
    }
}
