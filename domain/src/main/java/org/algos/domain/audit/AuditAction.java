package org.algos.domain.audit;

/** What was done to patient data, or (SIGN_IN) a sign-in that failed. */
public enum AuditAction {
    CREATE, READ, UPDATE, DELETE, SEARCH, BREAK_GLASS, SIGN_IN
}
