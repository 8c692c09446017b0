package org.algos.careplan.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.algos.careplan.medication.Medications;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

class MedicationIntakeTest {

    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private static Dosage oral(double mg, int times, double period, Timing.UnitsOfTime unit) {
        Dosage dosage = new Dosage().setRoute(new CodeableConcept().setText("oral"));
        dosage.addDoseAndRate().setDose(new Quantity().setValue(mg).setSystem(CareFhir.UCUM).setCode("mg"));
        dosage.getTiming().getRepeat().setFrequency(times).setPeriod(period).setPeriodUnit(unit);
        return dosage;
    }

    private static MedicationStatement statement(String drug, Dosage dosage) {
        MedicationStatement s = new MedicationStatement().setStatus(MedicationStatementStatus.ACTIVE)
                .setSubject(new Reference("urn:uuid:1"));
        s.setMedication(new CodeableConcept().addCoding(new Coding(RXNORM, "1049621", drug)));
        if (dosage != null) {
            s.addDosage(dosage);
        }
        return s;
    }

    private static InvalidRequestException refused(org.hl7.fhir.r4.model.Resource resource) {
        return assertThrows(InvalidRequestException.class, () -> MedicationIntake.entryOf(resource));
    }

    private static List<String> expressions(InvalidRequestException e) {
        return ((OperationOutcome) e.getOperationOutcome()).getIssue().stream()
                .map(i -> i.getExpression().get(0).getValue()).toList();
    }

    @Test
    void aStatementOfOxycodoneEveryEightHoursIsTenMilligramsThreeTimesADay() {
        MedicationStatement s = statement("oxycodone", oral(10, 1, 8, Timing.UnitsOfTime.H));
        s.setEffective(new Period().setStartElement(new DateTimeType("2026-01-10")));
        s.addReasonCode(new CodeableConcept().setText("low back pain"));

        Medications.Entry entry = MedicationIntake.entryOf(s);

        assertEquals(new Medications.Entry("oxycodone", 10.0, "oral", 3.0, null, "low back pain", "2026-01-10", null),
                entry);
    }

    @Test
    void aRequestForAPatchInMicrogramsPerHourKeepsItsRateAndDaysTaken() {
        MedicationRequest r = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.STOPPED)
                .setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setMedication(new CodeableConcept().setText("fentanyl"));
        Dosage dosage = r.addDosageInstruction();
        dosage.addDoseAndRate().setRate(new Quantity().setValue(25).setSystem(CareFhir.UCUM).setCode("ug/h"));
        dosage.getTiming().getRepeat().setBounds(new Period().setStartElement(new DateTimeType("2026-01-01"))
                .setEndElement(new DateTimeType("2026-02-28T20:00:00+01:00")));

        Medications.Entry entry = MedicationIntake.entryOf(r);

        assertEquals("fentanyl", entry.drug());
        assertEquals(25.0, entry.mcgPerHour());
        assertNull(entry.doseMg());
        assertNull(entry.dosesPerDay());
        assertEquals("2026-01-01", entry.startedOn());
        assertEquals("2026-02-28", entry.stoppedOn());
    }

    @Test
    void gramsBecomeMilligramsAndAWeeklyDoseIsAFractionOfADay() {
        Medications.Entry entry = MedicationIntake.entryOf(statement("paracetamol", oral(1, 4, 1, Timing.UnitsOfTime.D)));
        assertEquals(1.0, entry.doseMg());

        Dosage grams = oral(1, 3, 1, Timing.UnitsOfTime.WK);
        grams.getDoseAndRateFirstRep().getDoseQuantity().setCode("g");
        Medications.Entry weekly = MedicationIntake.entryOf(statement("paracetamol", grams));
        assertEquals(1000.0, weekly.doseMg());
        assertEquals(3.0 / 7, weekly.dosesPerDay());
    }

    @Test
    void aDoseInMillilitresIsRefusedNamingTheDoseQuantity() {
        Dosage dosage = oral(5, 4, 1, Timing.UnitsOfTime.D);
        dosage.getDoseAndRateFirstRep().getDoseQuantity().setCode("mL");

        InvalidRequestException e = refused(statement("morphine", dosage));

        assertTrue(e.getMessage().startsWith("MedicationStatement.dosage[0].doseAndRate[0].doseQuantity: must be a mass"),
                e.getMessage());
        assertEquals(List.of("MedicationStatement.dosage[0].doseAndRate[0].doseQuantity"), expressions(e));
    }

    @Test
    void anOpioidWithoutItsFrequencyIsRefusedByTheMmeRulesInTheResourcesTerms() {
        Dosage dosage = oral(10, 1, 1, Timing.UnitsOfTime.D);
        dosage.getTiming().setRepeat(null);

        InvalidRequestException e = refused(statement("oxycodone", dosage));

        assertEquals(List.of("MedicationStatement.dosage[0].timing.repeat"), expressions(e));
        assertTrue(e.getMessage().contains("is required"), e.getMessage());
    }

    @Test
    void aPatchGivenAsAnOralDoseIsRefusedAtTheDose() {
        InvalidRequestException e = refused(statement("fentanyl", oral(25, 1, 1, Timing.UnitsOfTime.D)));

        assertTrue(expressions(e).contains("MedicationStatement.dosage[0].doseAndRate[0].doseQuantity"),
                expressions(e).toString());
        assertTrue(expressions(e).contains("MedicationStatement.dosage[0].doseAndRate[0].rateQuantity"),
                expressions(e).toString());
        assertTrue(e.getMessage().contains("rateQuantity") && !e.getMessage().contains("mcgPerHour"), e.getMessage());
    }

    @Test
    void everyWrongElementIsNamedAtOnce() {
        MedicationStatement s = statement("oxycodone", null).setStatus(MedicationStatementStatus.STOPPED);
        s.setMedication(new Reference("Medication/1"));
        s.addDosage(new Dosage()).addDosage(new Dosage());
        s.setEffective(new Period().setStartElement(new DateTimeType("2026-01")));

        InvalidRequestException e = refused(s);

        assertEquals(List.of("MedicationStatement.medicationReference", "MedicationStatement.dosage[1]",
                "MedicationStatement.effectivePeriod.start", "MedicationStatement.effectivePeriod.end"), expressions(e));
    }

    @Test
    void aStopBeforeTheStartAndAStatusEnteredInErrorAreRefused() {
        MedicationStatement s = statement("ibuprofen", null);
        s.setEffective(new Period().setStartElement(new DateTimeType("2026-02-01"))
                .setEndElement(new DateTimeType("2026-01-01")));
        assertEquals(List.of("MedicationStatement.effectivePeriod.end"), expressions(refused(s)));

        s.setEffective(null).setStatus(MedicationStatementStatus.ENTEREDINERROR);
        assertEquals(List.of("MedicationStatement.status"), expressions(refused(s)));
    }

    @Test
    void aResourceThatIsNoMedicationIsRefused() {
        InvalidRequestException e = refused(new Patient());

        assertTrue(e.getMessage().contains("not Patient"), e.getMessage());
    }
}
