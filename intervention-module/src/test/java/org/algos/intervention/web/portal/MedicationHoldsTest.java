package org.algos.intervention.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.intervention.holds.AnticoagulantHoldTable;
import org.algos.intervention.web.portal.MedicationHolds.Row;
import org.algos.intervention.web.portal.MedicationHolds.Taken;
import org.algos.intervention.web.portal.MedicationHolds;
import org.junit.jupiter.api.Test;

/** The holds by bleeding-risk category, as the clinical reference gives them (ASRA / ESRA, Narouze 2015 and 2018). */
class MedicationHoldsTest {

    private static List<Row> holds(Taken... taken) {
        return MedicationHolds.of(List.of(taken), AnticoagulantHoldTable.defaults());
    }

    @Test
    void anticoagulantsAreHeldBeforeHighAndIntermediateRiskProceduresNotByDefaultBeforeLowRisk() {
        Row apixaban = holds(new Taken("Apixaban", "atrial fibrillation")).get(0);
        assertEquals("apixaban", apixaban.drug());
        assertEquals("hold 3 days", apixaban.high());
        assertEquals("hold 3 days", apixaban.intermediate());
        assertTrue(apixaban.low().startsWith("no hold by default"), apixaban.low());
        assertEquals("hold 7 days", holds(new Taken("clopidogrel", null)).get(0).high());
    }

    @Test
    void warfarinNeedsANormalInrAndDabigatranLongerWithRenalImpairment() {
        assertEquals("hold 5 days and a normal INR", holds(new Taken("warfarin", null)).get(0).high());
        assertEquals("hold 4 days (5–6 with renal impairment)", holds(new Taken("dabigatran", null)).get(0).high());
    }

    @Test
    void aspirinIsHeldBeforeHighRiskOnlyWhenTakenForPrimaryPrevention() {
        assertEquals("hold 6 days (primary prevention)",
                holds(new Taken("aspirin", "Primary  prevention")).get(0).high());
        Row secondary = holds(new Taken("aspirin", "coronary stent")).get(0);
        assertTrue(secondary.high().startsWith("no hold: taken for coronary stent"), secondary.high());
        assertTrue(secondary.intermediate().startsWith("no hold"), secondary.intermediate());
        assertTrue(holds(new Taken("aspirin", null)).get(0).high().contains("if taken for primary prevention"));
    }

    @Test
    void nsaidsAreHeldAboutFiveHalfLivesBeforeHighRiskProcedures() {
        Row ibuprofen = holds(new Taken("ibuprofen", null)).get(0);
        assertTrue(ibuprofen.high().startsWith("hold about 5 half-lives"), ibuprofen.high());
        assertTrue(ibuprofen.intermediate().startsWith("no hold"), ibuprofen.intermediate());
    }

    @Test
    void drugsTheTableDoesNotKnowGetNoRowAndADrugListedTwiceGetsOne() {
        assertTrue(holds(new Taken("oxycodone", null), new Taken("gabapentin", null)).isEmpty());
        assertEquals(1, holds(new Taken("apixaban", null), new Taken("apixaban", null)).size());
    }
}
