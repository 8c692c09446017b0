package org.algos.domain.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do in Algos (see product design). The lower-case {@link #code()} is the
 * security role and group name, in the built-in login and in the Keycloak realm alike.
 */
public enum Role {
    PHYSICIAN(true),
    NURSE(true),
    PHYSIOTHERAPIST(true),
    PSYCHOLOGIST(true),
    PATIENT(false),
    ADMIN(false),
    AUDITOR(false),
    /** A system account of the hospital's data warehouse: FHIR bulk export of every patient, nothing else. */
    BULK_EXPORT(false);

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String PHYSICIAN_ROLE = "physician";
    public static final String NURSE_ROLE = "nurse";
    public static final String PHYSIOTHERAPIST_ROLE = "physiotherapist";
    public static final String PSYCHOLOGIST_ROLE = "psychologist";
    public static final String PATIENT_ROLE = "patient";
    public static final String ADMIN_ROLE = "admin";
    public static final String AUDITOR_ROLE = "auditor";
    public static final String BULK_EXPORT_ROLE = "bulk-export";

    private final boolean clinician;

    Role(boolean clinician) {
        this.clinician = clinician;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Clinicians can sit on a care team and can break the glass. */
    public boolean isClinician() {
        return clinician;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
