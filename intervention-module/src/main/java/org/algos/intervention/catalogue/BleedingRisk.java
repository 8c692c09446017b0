package org.algos.intervention.catalogue;

/**
 * Bleeding-risk category of an interventional pain procedure, which decides whether and how
 * long anticoagulants and antiplatelets are held before it (ASRA Pain Medicine / ESRA,
 * Narouze et al. 2015 and 2018, second edition).
 */
public enum BleedingRisk {
    LOW, INTERMEDIATE, HIGH;

    public static final String SOURCE = "ASRA Pain Medicine / ESRA, Narouze et al. 2015 and 2018 (second edition)";

    /**
     * The category for a patient with old age, coagulopathy, liver or kidney disease: one step
     * up, as the same guideline advises; high stays high.
     */
    public BleedingRisk raisedOneCategory() {
        return this == LOW ? INTERMEDIATE : HIGH;
    }
}
