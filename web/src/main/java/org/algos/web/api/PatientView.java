package org.algos.web.api;

import java.time.LocalDate;
import org.algos.domain.access.AccessBasis;
import org.algos.domain.patient.Patient;

/** A patient as the API returns it; {@code access} says on what basis the caller sees it. */
public record PatientView(long id, String mrn, String givenName, String familyName, LocalDate birthDate, String sex,
                          long version, String access) {

    static PatientView of(Patient patient, AccessBasis basis) {
        return new PatientView(patient.id(), patient.mrn(), patient.givenName(), patient.familyName(),
                patient.birthDate(), patient.sex().code(), patient.version(), basis == null ? null : basis.purpose());
    }
}
