package org.algos.web.kit.fhir;

import org.hl7.fhir.r4.model.Patient;

/**
 * The server's Patient resource of a record, for a slice's search that includes it
 * ({@code _include}); read under the record's access rule and audited as a read of the patient.
 */
public interface PatientReader {

    Patient read(long patientId);
}
