package org.algos.domain.access;

/** Why access to a patient's record was granted, or that it was not. */
public enum AccessBasis {
    CARE_TEAM("treatment"),
    SELF("own record"),
    BREAK_GLASS("break-glass"),
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
