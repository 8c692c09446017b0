package org.algos.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.fhir.PatientReader;
import org.hl7.fhir.r4.model.Patient;

/** The Patient resources the slices include in their searches, read as {@code Patient/{id}} is. */
@Dependent
public class PatientResourceReader implements PatientReader {

    @Inject
    private PatientRegistry patients;

    @Inject
    private PatientMapping mapping;

    @Override
    public Patient read(long patientId) {
        return mapping.toFhir(patients.open(patientId).patient());
    }
}
