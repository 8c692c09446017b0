package org.algos.web.kit.document;

import org.algos.domain.document.DocumentKind;

/**
 * A document asked for: its kind and what that kind needs. A procedure note names its
 * procedure; a clinic letter its addressee and the team's recommendation (free text); the
 * patient's plan needs nothing more.
 */
public record DocumentRequest(DocumentKind kind, Long procedureId, String addressee, String recommendation) {

    public static DocumentRequest procedureNote(long procedureId) {
        return new DocumentRequest(DocumentKind.PROCEDURE_NOTE, procedureId, null, null);
    }

    public static DocumentRequest letter(String addressee, String recommendation) {
        return new DocumentRequest(DocumentKind.CLINIC_LETTER, null, addressee, recommendation);
    }

    public static DocumentRequest patientPlan() {
        return new DocumentRequest(DocumentKind.PATIENT_PLAN, null, null, null);
    }
}
