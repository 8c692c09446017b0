package org.algos.web.kit.portal;

import java.io.Serializable;
import java.time.LocalDate;
import org.algos.domain.patient.Patient;

/** A patient as a table row; serializable, as view state must be. */
public record PatientRow(long id, String mrn, String name, LocalDate birthDate, String sex) implements Serializable {

    public static PatientRow of(Patient p) {
        return new PatientRow(p.id(), p.mrn(), p.familyName() + ", " + p.givenName(), p.birthDate(), p.sex().code());
    }

    public long getId() {
        return id;
    }

    public String getMrn() {
        return mrn;
    }

    public String getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getSex() {
        return sex;
    }
}
