package org.algos.diagnosis.web.fhir;

import java.time.ZoneOffset;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.diagnosis.DiagnosisStatus;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * A diagnosis as a US Core Condition (problems and health concerns): a problem-list item coded in
 * ICD-10-CM or ICD-11 MMS, with its clinical and verification status. A diagnosis ruled out is
 * {@code refuted} and {@code inactive}, so that the chart keeps it without claiming it.
 */
final class ConditionMapping {

    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String ICD_11_MMS = "http://id.who.int/icd/release/11/mms";
    static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    private ConditionMapping() {
    }

    static Condition toFhir(Diagnosis d) {
        Condition c = new Condition();
        c.setId("Condition/" + d.id());
        c.getMeta().addProfile(Fhir.US_CORE_CONDITION).setVersionId(Long.toString(d.version()));
        c.setSubject(Fhir.patientReference(d.patientId()));
        c.addCategory(concept(CATEGORY, "problem-list-item", "Problem List Item"));
        c.setCode(concept("ICD11".equals(d.system()) ? ICD_11_MMS : ICD_10_CM, d.code(), d.title()).setText(d.title()));
        c.setClinicalStatus(switch (d.status()) {
            case ACTIVE -> concept(CLINICAL, "active", "Active");
            case RESOLVED -> concept(CLINICAL, "resolved", "Resolved");
            case RULED_OUT -> concept(CLINICAL, "inactive", "Inactive");
        });
        c.setVerificationStatus(d.status() == DiagnosisStatus.RULED_OUT
                ? concept(VERIFICATION, "refuted", "Refuted") : concept(VERIFICATION, "confirmed", "Confirmed"));
        if (d.onsetDate() != null) {
            c.setOnset(new DateTimeType(d.onsetDate().toString()));
        }
        c.setRecordedDateElement(new DateTimeType(d.recordedAt().toInstant(ZoneOffset.UTC).toString()));
        return c;
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }
}
