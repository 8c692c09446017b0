package org.algos.web.kit.fhir;

import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.hl7.fhir.r4.model.Resource;

/**
 * A slice's part of {@code Patient/$everything}: its resources of one patient, read with the proof
 * the server's one access check gave, inside that check's transaction (so no second check and no
 * second audit event).
 */
public interface PatientCompartment {

    /** What this part holds, for the audit event ("diagnoses, questionnaires"). */
    String contents();

    List<Resource> resourcesOf(AuthorizedPatient patient);
}
