package org.algos.domain.audit;

/**
 * What a service reports about one access to patient data; the trail adds who and when.
 *
 * @param patientId the patient concerned, or null for actions spanning several (a search)
 * @param resource  the kind of data, e.g. "Patient" or "CareTeam/nurse.kim"
 * @param purpose   the purpose of use: "treatment", "own record", or the break-glass reason
 * @param detail    a short description; never clinical content
 */
public record AuditRecord(AuditAction action, Long patientId, String resource, AuditOutcome outcome, String purpose,
                          String detail, boolean flagged) {

    public static AuditRecord success(AuditAction action, Long patientId, String resource, String purpose,
                                      String detail, boolean flagged) {
        return new AuditRecord(action, patientId, resource, AuditOutcome.SUCCESS, purpose, detail, flagged);
    }

    public static AuditRecord denied(AuditAction action, Long patientId, String resource, String reason) {
        return new AuditRecord(action, patientId, resource, AuditOutcome.DENIED, "none", reason, true);
    }
}
