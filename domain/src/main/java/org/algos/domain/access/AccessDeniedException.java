package org.algos.domain.access;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not touch this record. Does not roll the transaction back, so that the audit
 * event recording the denied attempt is committed.
 */
@ApplicationException(rollback = false)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
