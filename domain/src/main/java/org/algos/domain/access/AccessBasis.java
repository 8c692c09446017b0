package org.algos.domain.access;

/** Why access to a patient's record was granted, or that it was not. */
public enum AccessBasis {
    CARE_TEAM("treatment"),
    SELF("own record"),
    BREAK_GLASS("break-glass"),
    /** Every patient, for the hospital's data warehouse: a system account's FHIR bulk export. */
    BULK_EXPORT("bulk export"),
    NONE("none");

    private final String purpose;

    AccessBasis(String purpose) {
        this.purpose = purpose;
    }

    /** The purpose of use written to the audit trail. */
    public String purpose() {
        return purpose;
    }
}
