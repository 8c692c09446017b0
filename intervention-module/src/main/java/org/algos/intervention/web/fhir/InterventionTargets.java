package org.algos.intervention.web.fhir;

import jakarta.enterprise.context.Dependent;
import java.util.Map;
import org.algos.web.kit.fhir.ProvenanceTargets;

/** The intervention slice's records in the audit trail and the FHIR resources that serve them. */
@Dependent
public class InterventionTargets implements ProvenanceTargets {

    @Override
    public Map<String, String> prefixes() {
        return Map.of("Procedure/", "Procedure/");
    }
}
