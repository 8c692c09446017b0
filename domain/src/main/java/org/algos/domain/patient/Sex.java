package org.algos.domain.patient;

import java.util.Locale;

/** Administrative sex as exchanged with FHIR (AdministrativeGender); ORT scoring reads it. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
