package org.algos.domain.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A clinical rule refused the action (HTTP 422); carries every refusing rule with its source. */
@ApplicationException(rollback = true)
public class RuleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RuleFinding> reasons;

    public RuleRefusedException(String message, List<RuleFinding> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<RuleFinding> reasons() {
        return reasons;
    }
}
