package org.algos.domain.common;

import jakarta.ejb.ApplicationException;

/** The change clashes with the current state (a duplicate key, a stale version). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
