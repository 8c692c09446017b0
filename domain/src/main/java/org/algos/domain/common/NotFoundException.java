package org.algos.domain.common;

import jakarta.ejb.ApplicationException;

/** The named record does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
