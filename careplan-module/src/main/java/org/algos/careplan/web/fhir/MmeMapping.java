package org.algos.careplan.web.fhir;

import java.util.List;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications.ActiveMme;
import org.algos.careplan.medication.MmeItem;
import org.algos.careplan.medication.MmeLevel;
import org.algos.careplan.medication.MmeResult;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The patient's current opioid dose as a US Core simple Observation: morphine milligram
 * equivalents per day of the medications taken today, as the slice's {@code MmeCalculator}
 * computes them (CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022).
 *
 * <p>No LOINC code for a total MME per day was verified, so the code is Algos' own
 * ({@code urn:algos:fhir:mme}, {@code mme-per-day}). The id is {@code Observation/mme-<patient id>}:
 * one Observation per patient, always the value of today (its {@code effectiveDateTime}), so a
 * client reading it again sees the dose now, not a stale copy. The CDC level is the
 * interpretation, with the guideline's advice and the source as text; a benzodiazepine listed with
 * an opioid is a component. {@code focus} names the MedicationRequests counted in the total
 * (buprenorphine and non-opioids are not): R4 admits no MedicationRequest in {@code derivedFrom},
 * and their dose is what the observation is about.
 */
final class MmeMapping {

    static final String PREFIX = "mme-";
    static final String ALGOS_MME = Fhir.ALGOS_CODES + "mme";
    static final String MME_PER_DAY = "mme-per-day";
    static final String LEVEL_SYSTEM = Fhir.ALGOS_CODES + "mme-level";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private MmeMapping() {
    }

    static Observation toFhir(long patientId, ActiveMme today) {
        MmeResult mme = today.mme();
        Observation o = new Observation();
        o.setId("Observation/" + PREFIX + patientId);
        o.getMeta().addProfile(CareFhir.US_CORE_SIMPLE_OBSERVATION);
        o.setStatus(Observation.ObservationStatus.FINAL);
        // "therapy": observations of a treatment protocol, here the medication therapy.
        o.addCategory(CareFhir.concept(OBSERVATION_CATEGORY, "therapy", "Therapy"));
        o.setCode(CareFhir.concept(ALGOS_MME, MME_PER_DAY, "Morphine milligram equivalents per day")
                .setText("Opioid dose in morphine milligram equivalents per day (MME/day)"));
        o.setSubject(Fhir.patientReference(patientId));
        o.setEffective(CareFhir.day(today.day()));
        o.setValue(new Quantity().setValue(mme.totalMme()).setUnit("mg/d").setSystem(CareFhir.UCUM).setCode("mg/d"));
        o.addInterpretation(level(mme.level()).setText(interpretation(mme)));
        o.addComponent().setCode(CareFhir.concept(ALGOS_MME, "benzodiazepine-co-prescribed",
                        "Benzodiazepine listed with an opioid"))
                .setValue(new BooleanType(mme.benzodiazepineCoPrescribed()));
        List<MmeItem> items = mme.items();
        List<MedicationStatement> active = today.active();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).counted()) {
                o.addFocus(new Reference("MedicationRequest/" + active.get(i).id())
                        .setDisplay(items.get(i).drug() + ": " + MedicationRequestMapping.plain(items.get(i).mme())
                                + " MME/day"));
            }
        }
        o.addNote().setText("Factors and levels: " + mme.source() + ".");
        return o;
    }

    static CodeableConcept level(MmeLevel level) {
        String words = level.words();
        return CareFhir.concept(LEVEL_SYSTEM, level.code(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }

    private static String interpretation(MmeResult mme) {
        String words = mme.advice().isEmpty() ? "Below 50 MME/day." : String.join(" ", mme.advice());
        return words + " (" + mme.source() + ")";
    }
}
