package org.algos.careplan.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.algos.careplan.medication.MedicationStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class MedicationRequestMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void anOralOpioidIsAReportedUsCoreMedicationRequestWithItsDoseAndFrequency() {
        MedicationRequest r = MedicationRequestMapping.toFhir(CareRecords.oral(41, "oxycodone", 10, 3), TODAY);

        assertEquals("MedicationRequest/41", r.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-medicationrequest",
                r.getMeta().getProfile().get(0).getValue());
        assertEquals("active", r.getStatus().toCode());
        assertEquals("plan", r.getIntent().toCode());
        assertTrue(r.getReportedBooleanType().booleanValue());
        assertEquals("community", r.getCategoryFirstRep().getCodingFirstRep().getCode());
        CodeableConcept drug = r.getMedicationCodeableConcept();
        assertEquals("oxycodone", drug.getText());
        assertTrue(drug.getCoding().isEmpty(), "no RxNorm code is claimed without a verified one");
        assertEquals("Patient/7", r.getSubject().getReference());
        assertEquals("Practitioner/nurse.kim", r.getRequester().getReference());
        assertEquals("2026-03-01T09:30:00Z", r.getAuthoredOnElement().getValueAsString());
        assertEquals("low back pain", r.getReasonCodeFirstRep().getText());

        Dosage dosage = r.getDosageInstructionFirstRep();
        assertEquals("oxycodone 10 mg, oral, 3 times a day, from 2026-01-10", dosage.getText());
        Quantity dose = dosage.getDoseAndRateFirstRep().getDoseQuantity();
        assertEquals(10.0, dose.getValue().doubleValue());
        assertEquals("http://unitsofmeasure.org", dose.getSystem());
        assertEquals("mg", dose.getCode());
        assertEquals("oral", dosage.getRoute().getText());
        assertEquals(3, dosage.getTiming().getRepeat().getFrequency());
        assertEquals(1.0, dosage.getTiming().getRepeat().getPeriod().doubleValue());
        assertEquals("d", dosage.getTiming().getRepeat().getPeriodUnit().toCode());
        Period days = dosage.getTiming().getRepeat().getBoundsPeriod();
        assertEquals("2026-01-10", days.getStartElement().getValueAsString());
        assertFalse(days.hasEnd());
    }

    @Test
    void aPatchHasItsRateInMicrogramsPerHour() {
        MedicationRequest r = MedicationRequestMapping.toFhir(CareRecords.patch(42, "fentanyl", 25), TODAY);

        Dosage dosage = r.getDosageInstructionFirstRep();
        Quantity rate = dosage.getDoseAndRateFirstRep().getRateQuantity();
        assertEquals(25.0, rate.getValue().doubleValue());
        assertEquals("ug/h", rate.getCode());
        assertFalse(dosage.getDoseAndRateFirstRep().hasDose());
        assertFalse(dosage.getTiming().getRepeat().hasFrequency());
        assertEquals("Practitioner/dr.lee", r.getRequester().getReference());
    }

    @Test
    void aMedicationIsActiveUpToItsLastDayAndStoppedAfter() {
        MedicationStatement m = CareRecords.oral(43, "tramadol", 50, 4);
        m.stop(TODAY);
        assertEquals("active", MedicationRequestMapping.toFhir(m, TODAY).getStatus().toCode());
        MedicationRequest after = MedicationRequestMapping.toFhir(m, TODAY.plusDays(1));
        assertEquals("stopped", after.getStatus().toCode());
        assertEquals("2026-03-15",
                after.getDosageInstructionFirstRep().getTiming().getRepeat().getBoundsPeriod().getEndElement()
                        .getValueAsString());
    }

    @Test
    void aFractionalFrequencyStaysInTheTextOnly() {
        MedicationRequest r = MedicationRequestMapping.toFhir(CareRecords.oral(44, "methadone", 5, 0.5), TODAY);

        Dosage dosage = r.getDosageInstructionFirstRep();
        assertTrue(dosage.getText().contains("0.5 times a day"), dosage.getText());
        assertFalse(dosage.getTiming().getRepeat().hasFrequency());
    }

    @Test
    void aUserNameThatIsNoFhirIdIsReferredToByItsHash() {
        MedicationStatement m = new MedicationStatement(45L, CareRecords.PATIENT, "ibuprofen", 400.0, null, 3.0, null,
                null, null, null, "nurse_kim@clinic", CareRecords.RECORDED);

        String reference = MedicationRequestMapping.toFhir(m, TODAY).getRequester().getReference();
        assertTrue(reference.matches("Practitioner/u-[0-9a-f]{32}"), reference);
    }
}
