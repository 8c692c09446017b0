package org.algos.careplan.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications.ActiveMme;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class MmeMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static Observation mapped(MedicationStatement... active) {
        List<MedicationStatement> list = List.of(active);
        ActiveMme mme = new ActiveMme(TODAY, list, new MmeCalculator().calculate(
                list.stream().map(MedicationStatement::dose).toList()));
        return MmeMapping.toFhir(CareRecords.PATIENT, mme);
    }

    @Test
    void oxycodoneAndAFentanylPatchAre105MmePerDayAtTheCdcLevelOf90OrMore() {
        // The clinical reference (CDC 2022): oxycodone 10 mg × 3 × 1.5 = 45; fentanyl 25 mcg/h × 2.4 = 60.
        Observation o = mapped(CareRecords.oral(41, "oxycodone", 10, 3), CareRecords.patch(42, "fentanyl", 25));

        assertEquals("Observation/mme-7", o.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-simple-observation",
                o.getMeta().getProfile().get(0).getValue());
        assertEquals("final", o.getStatus().toCode());
        assertEquals("http://terminology.hl7.org/CodeSystem/observation-category",
                o.getCategoryFirstRep().getCodingFirstRep().getSystem());
        assertEquals("therapy", o.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals(Fhir.ALGOS_CODES + "mme", o.getCode().getCodingFirstRep().getSystem());
        assertEquals("mme-per-day", o.getCode().getCodingFirstRep().getCode());
        assertEquals("Patient/7", o.getSubject().getReference());
        assertEquals("2026-03-15", o.getEffectiveDateTimeType().getValueAsString());
        Quantity value = o.getValueQuantity();
        assertEquals(105.0, value.getValue().doubleValue());
        assertEquals("http://unitsofmeasure.org", value.getSystem());
        assertEquals("mg/d", value.getCode());
        assertEquals(Fhir.ALGOS_CODES + "mme-level", o.getInterpretationFirstRep().getCodingFirstRep().getSystem());
        assertEquals("90plus", o.getInterpretationFirstRep().getCodingFirstRep().getCode());
        assertTrue(o.getInterpretationFirstRep().getText().contains("avoid or justify; taper plan"));
        assertTrue(o.getInterpretationFirstRep().getText()
                .contains("CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022)"));
        assertEquals(List.of("MedicationRequest/41", "MedicationRequest/42"),
                o.getFocus().stream().map(Reference::getReference).toList());
    }

    @Test
    void buprenorphineAndABenzodiazepineAreNotCountedButTheBenzodiazepineIsFlagged() {
        MedicationStatement buprenorphine = new MedicationStatement(43L, CareRecords.PATIENT, "buprenorphine", 8.0,
                "sublingual", 1.0, null, null, null, null, "dr.lee", CareRecords.RECORDED);
        Observation o = mapped(CareRecords.oral(41, "hydromorphone", 4, 4), buprenorphine,
                CareRecords.oral(44, "diazepam", 5, 2));

        assertEquals(80.0, o.getValueQuantity().getValue().doubleValue());
        assertEquals("50to89", o.getInterpretationFirstRep().getCodingFirstRep().getCode());
        assertEquals(List.of("MedicationRequest/41"), o.getFocus().stream().map(Reference::getReference).toList());
        assertEquals("benzodiazepine-co-prescribed", o.getComponentFirstRep().getCode().getCodingFirstRep().getCode());
        assertTrue(((BooleanType) o.getComponentFirstRep().getValue()).booleanValue());
    }

    @Test
    void noOpioidIsZeroBelow50() {
        Observation o = mapped();

        assertEquals(0.0, o.getValueQuantity().getValue().doubleValue());
        assertEquals("below50", o.getInterpretationFirstRep().getCodingFirstRep().getCode());
        assertFalse(o.hasFocus());
        assertFalse(((BooleanType) o.getComponentFirstRep().getValue()).booleanValue());
    }

    @Test
    void aSearchByItsCodeAndDayFindsItAndAnotherCodeOrDayDoesNot() {
        Observation o = mapped(CareRecords.oral(41, "oxycodone", 10, 3));

        assertTrue(Fhir.matches(o, new TokenParam(Fhir.ALGOS_CODES + "mme", "mme-per-day"),
                new DateRangeParam("2026-03-15", "2026-03-15")));
        assertFalse(Fhir.matches(o, new TokenParam("http://loinc.org", "72514-3"), null));
        assertFalse(Fhir.matches(o, null, new DateRangeParam("2026-03-16", null)));
    }
}
