package org.algos.intervention.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.domain.value.Laterality;
import org.algos.intervention.web.portal.ProcedureChoice;
import org.junit.jupiter.api.Test;

class ProcedureChoiceTest {

    @Test
    void theLabelShowsCptCodesAndBleedingRisk() {
        ProcedureChoice rfa = ProcedureChoice.find("RFA_LUMBAR").orElseThrow();
        assertEquals("Lumbar facet radiofrequency ablation · CPT 64635, 64636 · low bleeding risk", rfa.label());
        assertTrue(rfa.needsSide() && rfa.needsLevels());
        assertEquals("intermediate", ProcedureChoice.find("ESI_LUMBAR_IL").orElseThrow().bleedingRisk());
        assertEquals(14, ProcedureChoice.all().size());
    }

    @Test
    void segmentsOfTheProceduresRegion() {
        assertEquals(List.of("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"), ProcedureChoice.segments("RFA_LUMBAR"));
        assertEquals(List.of("C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1"),
                ProcedureChoice.segments("MBB_CERVICAL"));
        assertEquals(List.of(), ProcedureChoice.segments("ESI_CAUDAL"), "a caudal epidural names no levels");
        assertEquals(List.of(), ProcedureChoice.segments("TRIGGER_POINT"));
        assertEquals(List.of(), ProcedureChoice.segments(null));
    }

    @Test
    void placementJoinsSideAndLevels() {
        assertEquals("left · L4-L5, L5-S1", ProcedureChoice.placement(Laterality.LEFT, List.of("L4-L5", "L5-S1")));
        assertEquals("bilateral", ProcedureChoice.placement(Laterality.BILATERAL, List.of()));
        assertEquals("—", ProcedureChoice.placement(null, List.of()));
    }
}
