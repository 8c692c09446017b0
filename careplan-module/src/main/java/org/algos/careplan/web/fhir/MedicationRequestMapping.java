package org.algos.careplan.web.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;

/**
 * An entry of the medication list as a US Core MedicationRequest ({@code MedicationRequest/<id>}).
 * US Core 6.1.0 has no MedicationStatement profile and asks for a medication list as
 * MedicationRequests with {@code reported} set: the clinic records what the patient takes, it does
 * not prescribe through Algos. Hence intent {@code plan} (the drug is on the patient's plan; no
 * order is issued here, and US Core's us-core-21 asks an order for the prescriber, whom Algos does
 * not know) and category {@code community} (taken at home). {@code requester} is the staff member
 * who put the drug on the list, not its prescriber.
 *
 * <p>The drug is text only: the record holds the generic name, no verified RxNorm code. The days
 * taken are the dosage's {@code timing.repeat.boundsPeriod}; status is {@code active} while the
 * drug is taken (up to and including its last day) and {@code stopped} after.
 */
final class MedicationRequestMapping {

    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";

    private MedicationRequestMapping() {
    }

    static MedicationRequest toFhir(MedicationStatement m, LocalDate today) {
        MedicationRequest r = new MedicationRequest();
        r.setId("MedicationRequest/" + m.id());
        r.getMeta().addProfile(CareFhir.US_CORE_MEDICATION_REQUEST).setVersionId(Long.toString(m.version()));
        r.setStatus(m.stoppedOn() != null && m.stoppedOn().isBefore(today) ? MedicationRequestStatus.STOPPED
                : MedicationRequestStatus.ACTIVE);
        r.setIntent(MedicationRequestIntent.PLAN);
        r.addCategory(CareFhir.concept(CATEGORY, "community", "Community"));
        r.setReported(new BooleanType(true));
        r.setMedication(new CodeableConcept().setText(m.drug()));
        r.setSubject(Fhir.patientReference(m.patientId()));
        r.setAuthoredOnElement(CareFhir.utc(m.recordedAt()));
        r.setRequester(Practitioners.reference(m.recordedBy(), null));
        if (m.indication() != null) {
            r.addReasonCode(new CodeableConcept().setText(m.indication()));
        }
        r.addDosageInstruction(dosage(m));
        return r;
    }

    private static Dosage dosage(MedicationStatement m) {
        Dosage dosage = new Dosage();
        List<String> words = new ArrayList<>();
        if (m.doseMg() != null) {
            words.add(plain(m.doseMg()) + " mg");
            dosage.addDoseAndRate().setDose(new Quantity().setValue(m.doseMg()).setUnit("mg")
                    .setSystem(CareFhir.UCUM).setCode("mg"));
        }
        if (m.mcgPerHour() != null) {
            words.add(plain(m.mcgPerHour()) + " mcg/hour");
            dosage.addDoseAndRate().setRate(new Quantity().setValue(m.mcgPerHour()).setUnit("mcg/h")
                    .setSystem(CareFhir.UCUM).setCode("ug/h"));
        }
        if (m.route() != null) {
            words.add(m.route());
            dosage.setRoute(new CodeableConcept().setText(m.route()));
        }
        Timing timing = new Timing();
        if (m.dosesPerDay() != null) {
            words.add(plain(m.dosesPerDay()) + " times a day");
            if (m.dosesPerDay() == Math.rint(m.dosesPerDay())) {
                // A fractional number of doses a day (every other day) stays in the text only.
                timing.getRepeat().setFrequency(m.dosesPerDay().intValue()).setPeriod(1)
                        .setPeriodUnit(Timing.UnitsOfTime.D);
            }
        }
        if (m.startedOn() != null || m.stoppedOn() != null) {
            Period days = new Period();
            if (m.startedOn() != null) {
                days.setStartElement(CareFhir.day(m.startedOn()));
                words.add("from " + m.startedOn());
            }
            if (m.stoppedOn() != null) {
                days.setEndElement(CareFhir.day(m.stoppedOn()));
                words.add("last taken " + m.stoppedOn());
            }
            timing.getRepeat().setBounds(days);
        }
        if (!timing.isEmpty()) {
            dosage.setTiming(timing);
        }
        dosage.setText(words.isEmpty() ? m.drug() : m.drug() + " " + String.join(", ", words));
        return dosage;
    }

    /** 10.0 as "10", 2.5 as "2.5". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
