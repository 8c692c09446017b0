package org.algos.intervention.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.value.PainScore;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class ReliefMappingTest {

    @Test
    void immediateReliefAndEachFollowUpArePartOfTheProcedure() {
        ProcedureRecord r = Records.lumbarRfa(7);
        r.recordOutcome(null, PainScore.of(8), PainScore.of(3));
        FollowUp sixMonths = new FollowUp(21L, 7, Records.PATIENT, LocalDate.of(2027, 5, 20), 3, 60,
                "walks 2 km", "nurse.kim");
        List<Observation> all = ReliefMapping.observations(r, List.of(sixMonths), u -> "Kim Nurse");
        assertEquals(2, all.size());

        Observation immediate = all.get(0);
        assertEquals("Observation/procedure-7-relief", immediate.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-simple-observation",
                immediate.getMeta().getProfile().get(0).getValue());
        assertEquals("procedure", immediate.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("Procedure/7", immediate.getPartOfFirstRep().getReference());
        assertEquals("Patient/42", immediate.getSubject().getReference());
        assertEquals("urn:algos:fhir:relief", immediate.getCode().getCodingFirstRep().getSystem());
        assertEquals("immediate-relief", immediate.getCode().getCodingFirstRep().getCode());
        Quantity percent = immediate.getValueQuantity();
        assertEquals(0, new BigDecimal("62.5").compareTo(percent.getValue()));
        assertEquals("http://unitsofmeasure.org", percent.getSystem());
        assertEquals("%", percent.getCode());
        assertEquals("2026-11-20", immediate.getEffectiveDateTimeType().getValueAsString());
        assertEquals(8, immediate.getComponent().get(0).getValueQuantity().getValue().intValue());
        assertEquals(3, immediate.getComponent().get(1).getValueQuantity().getValue().intValue());

        Observation later = all.get(1);
        assertEquals("Observation/procedure-7-follow-up-21", later.getId());
        assertEquals("Procedure/7", later.getPartOfFirstRep().getReference());
        assertEquals("follow-up-relief", later.getCode().getCodingFirstRep().getCode());
        assertEquals("60", later.getValueQuantity().getValue().toPlainString());
        assertEquals("2027-05-20", later.getEffectiveDateTimeType().getValueAsString());
        assertEquals("72514-3", later.getComponentFirstRep().getCode().getCodingFirstRep().getCode());
        assertEquals("http://loinc.org", later.getComponentFirstRep().getCode().getCodingFirstRep().getSystem());
        assertEquals("Practitioner/nurse.kim", later.getPerformerFirstRep().getReference());
        assertEquals("Kim Nurse", later.getPerformerFirstRep().getDisplay());
        assertEquals("Function: walks 2 km", later.getNoteFirstRep().getText());
    }

    @Test
    void noScoresNoImmediateRelief() {
        assertTrue(ReliefMapping.observations(Records.lumbarRfa(8), List.of(), u -> null).isEmpty());
    }

    @Test
    void percentsAreWrittenShortest() {
        assertEquals("80 %", ReliefMapping.percentText(80.0));
        assertEquals("62.5 %", ReliefMapping.percentText(62.5));
        assertEquals("80", ReliefMapping.decimal(80.0).toPlainString());
        assertEquals("80", ReliefMapping.decimal(80.0).toString(), "never 8E+1 in the JSON");
    }
}
