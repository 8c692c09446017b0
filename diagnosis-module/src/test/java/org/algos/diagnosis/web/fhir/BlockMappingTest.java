package org.algos.diagnosis.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;

class BlockMappingTest {

    private static DiagnosticBlock block(long id, BlockType type, Laterality side, List<String> levels, int before,
                                         int after) {
        return new DiagnosticBlock(id, 42, type, type.defaultRegion(), side, levels, "lidocaine 2 % 0.5 ml per level",
                PainScore.of(before), PainScore.of(after), LocalDate.of(2026, 10, 5), "dr.lee",
                LocalDateTime.of(2026, 10, 5, 14, 0));
    }

    @Test
    void aMedialBranchBlockIsACompletedProcedureWithItsCptCode() {
        Procedure p = BlockMapping.procedure(block(5, BlockType.MBB_LUMBAR, Laterality.BILATERAL,
                List.of("L4-L5", "L5-S1"), 8, 1), u -> "Dr Lee");
        assertEquals("Procedure/block-5", p.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-procedure",
                p.getMeta().getProfile().get(0).getValue());
        assertEquals(Procedure.ProcedureStatus.COMPLETED, p.getStatus());
        Coding cpt = p.getCode().getCoding().get(0);
        assertEquals("http://www.ama-assn.org/go/cpt", cpt.getSystem());
        assertEquals("64493", cpt.getCode());
        Coding algos = p.getCode().getCoding().get(1);
        assertEquals("urn:algos:fhir:diagnostic-block", algos.getSystem());
        assertEquals("MBB_LUMBAR", algos.getCode());
        assertEquals("Lumbar medial branch block", p.getCode().getText());
        assertEquals("Patient/42", p.getSubject().getReference());
        assertEquals("2026-10-05", p.getPerformedDateTimeType().getValueAsString());
        assertEquals("lumbar, L4-L5, L5-S1, bilateral side", p.getBodySiteFirstRep().getText());
        assertEquals("Practitioner/dr.lee", p.getRecorder().getReference());
        assertEquals("Dr Lee", p.getRecorder().getDisplay());
        assertEquals("lidocaine 2 % 0.5 ml per level", p.getUsedCodeFirstRep().getText());
        assertEquals("Positive: 87.5 % relief (positive at ≥80 %)", p.getOutcome().getText());
    }

    @Test
    void eachBlockTypeHasTheReferencesCptCodeOrNone() {
        assertEquals("64490", BlockMapping.cpt(BlockType.MBB_CERVICAL).orElseThrow());
        assertEquals("64490", BlockMapping.cpt(BlockType.MBB_THORACIC).orElseThrow());
        assertEquals("27096", BlockMapping.cpt(BlockType.SIJ_DIAGNOSTIC).orElseThrow());
        assertFalse(BlockMapping.cpt(BlockType.SYMPATHETIC_DIAGNOSTIC).isPresent());
        Procedure nerve = BlockMapping.procedure(block(6, BlockType.PERIPHERAL_NERVE_DIAGNOSTIC, Laterality.LEFT,
                List.of(), 6, 4), u -> null);
        assertEquals(1, nerve.getCode().getCoding().size(), "the Algos code only");
        assertEquals("PERIPHERAL_NERVE_DIAGNOSTIC", nerve.getCode().getCodingFirstRep().getCode());
        assertEquals("peripheral nerve, left side", nerve.getBodySiteFirstRep().getText());
    }

    @Test
    void theReliefIsAnObservationPartOfTheBlockWithItsVerdictAndSource() {
        Observation o = BlockMapping.relief(block(5, BlockType.MBB_LUMBAR, Laterality.LEFT, List.of("L4-L5"), 8, 2),
                u -> "Dr Lee");
        assertEquals("Observation/block-5-relief", o.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-simple-observation",
                o.getMeta().getProfile().get(0).getValue());
        assertEquals("procedure", o.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("Procedure/block-5", o.getPartOfFirstRep().getReference());
        assertEquals("Patient/42", o.getSubject().getReference());
        assertEquals("urn:algos:fhir:relief", o.getCode().getCodingFirstRep().getSystem());
        assertEquals("block-relief", o.getCode().getCodingFirstRep().getCode());
        assertEquals(0, new BigDecimal("75").compareTo(o.getValueQuantity().getValue()));
        assertEquals("75", o.getValueQuantity().getValue().toString());
        assertEquals("%", o.getValueQuantity().getCode());
        assertEquals("2026-10-05", o.getEffectiveDateTimeType().getValueAsString());
        assertEquals("NEG", o.getInterpretationFirstRep().getCodingFirstRep().getCode(), "75 % is below 80 %");
        assertEquals("negative at ≥80 %", o.getInterpretationFirstRep().getText());
        assertEquals(8, o.getComponent().get(0).getValueQuantity().getValue().intValue());
        assertEquals(2, o.getComponent().get(1).getValueQuantity().getValue().intValue());
        assertEquals("CMS LCD L38803 (facet joint interventions): a medial branch block is positive at ≥80 % relief",
                o.getNoteFirstRep().getText());
        assertEquals("Practitioner/dr.lee", o.getPerformerFirstRep().getReference());
    }

    @Test
    void otherBlocksArePositiveAtHalfTheirPainWithTheClinicDefaultNamed() {
        Observation o = BlockMapping.relief(block(7, BlockType.SIJ_DIAGNOSTIC, Laterality.RIGHT, List.of(), 6, 3),
                u -> null);
        assertEquals("POS", o.getInterpretationFirstRep().getCodingFirstRep().getCode());
        assertEquals("positive at ≥50 %", o.getInterpretationFirstRep().getText());
        assertEquals("Clinic default, no published threshold: other diagnostic blocks are positive at ≥50 % relief",
                o.getNoteFirstRep().getText());
    }
}
