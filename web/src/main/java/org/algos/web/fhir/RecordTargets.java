package org.algos.web.fhir;

import jakarta.enterprise.context.Dependent;
import java.util.Map;
import org.algos.web.kit.fhir.ProvenanceTargets;

/** The shared kernel's records in the audit trail and the FHIR resources that serve them. */
@Dependent
public class RecordTargets implements ProvenanceTargets {

    @Override
    public Map<String, String> prefixes() {
        return Map.of("Document/", "DocumentReference/");
    }
}
