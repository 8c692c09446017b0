package org.algos.diagnosis.diagnosis;

import org.algos.domain.value.CodedConcept;

/** One entry of the shipped pick-list: a code system ("ICD10CM" or "ICD11"), a code and its title. */
public record DiagnosisCode(String system, String code, String title) {

    public CodedConcept concept() {
        return new CodedConcept("ICD11".equals(system) ? CodedConcept.ICD11 : CodedConcept.ICD10CM, code, title);
    }
}
