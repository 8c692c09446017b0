package org.algos.diagnosis.web.fhir;

import jakarta.enterprise.context.Dependent;
import java.util.Map;
import org.algos.web.kit.fhir.ProvenanceTargets;

/** The diagnosis slice's records in the audit trail and the FHIR resources that serve them. */
@Dependent
public class DiagnosisTargets implements ProvenanceTargets {

    @Override
    public Map<String, String> prefixes() {
        return Map.of("Diagnosis/", "Condition/",
                "Assessment/", "QuestionnaireResponse/",
                "PainAssessment/", "Observation/" + PainMapping.PREFIX,
                "DiagnosticBlock/", "Procedure/block-");
    }
}
