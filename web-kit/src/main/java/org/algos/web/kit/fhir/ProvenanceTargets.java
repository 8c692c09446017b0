package org.algos.web.kit.fhir;

import java.util.Map;

/**
 * How a slice's records, as the audit trail names them ({@code Diagnosis/12}), are named in FHIR
 * ({@code Condition/12}): the server's Provenance reads who wrote what from the trail and points
 * at the resource each slice serves.
 */
public interface ProvenanceTargets {

    /** Audit resource prefix (with its slash) to FHIR reference prefix, e.g. "Diagnosis/" to "Condition/". */
    Map<String, String> prefixes();
}
