package org.algos.domain.audit;

/** Whether the attempt went through. */
public enum AuditOutcome {
    SUCCESS, DENIED
}
