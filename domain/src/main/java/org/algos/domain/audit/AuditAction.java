package org.algos.domain.audit;

/** What was done to patient data. */
public enum AuditAction {
    CREATE, READ, UPDATE, DELETE, SEARCH, BREAK_GLASS
}
