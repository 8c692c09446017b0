package org.algos.careplan.education;

import java.util.Locale;

/**
 * Where a clinic's own text stands. A draft may be changed and cannot be given to a patient; an
 * approved text is frozen (what a clinician approved is what patients read) and can be given;
 * a withdrawn text cannot be given any more, and patients who were given it can still read it.
 */
public enum ClinicTextStatus {
    DRAFT, APPROVED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
