package org.algos.careplan.education;

/** Where an education text comes from. */
public enum TextOrigin {
    /** Shipped with Algos as starter material ({@link EducationCatalogue}). */
    SHIPPED("shipped"),
    /** Written by this clinic and approved by one of its clinicians ({@link ClinicText}). */
    CLINIC("clinic");

    private final String code;

    TextOrigin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
