package org.algos.domain.value;

import java.util.Objects;

/**
 * A concept from a code system: ICD-10-CM, ICD-11, CPT, LOINC, or a local system.
 * Equality is by system and code; the display text is for people.
 */
public record CodedConcept(String system, String code, String display) {

    public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String ICD11 = "http://id.who.int/icd/release/11/mms";
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    public static final String LOINC = "http://loinc.org";

    public CodedConcept {
        if (system == null || system.isBlank() || code == null || code.isBlank()) {
            throw new IllegalArgumentException("A coded concept needs a system and a code");
        }
        display = display == null ? "" : display;
    }

    public boolean sameConceptAs(CodedConcept other) {
        return other != null && system.equals(other.system) && code.equals(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodedConcept c && sameConceptAs(c);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, code);
    }
}
