package org.algos.careplan.web.fhir;

import jakarta.enterprise.context.Dependent;
import java.util.Map;
import org.algos.web.kit.fhir.ProvenanceTargets;

/** The care plan slice's records in the audit trail and the FHIR resources that serve them. */
@Dependent
public class CareplanTargets implements ProvenanceTargets {

    @Override
    public Map<String, String> prefixes() {
        return Map.of("Medication/", "MedicationRequest/",
                "CarePlan/", "CarePlan/",
                "CarePlanGoal/", "Goal/",
                "CaseConference/", "Communication/");
    }
}
