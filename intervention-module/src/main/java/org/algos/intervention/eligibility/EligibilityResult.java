package org.algos.intervention.eligibility;

import java.util.List;

/**
 * The answer to "may this procedure be scheduled?".
 *
 * @param eligible whether no rule refused
 * @param reasons  the rules that refused; a physician may still override them with a written reason
 * @param warnings documentation the payer expects, which the rules cannot check and which do not refuse
 * @param met      the rules that were checked and satisfied, for the scheduling panel
 */
public record EligibilityResult(boolean eligible, List<Finding> reasons, List<Finding> warnings, List<Finding> met) {

    public EligibilityResult {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        met = List.copyOf(met);
        if (eligible != reasons.isEmpty()) {
            throw new IllegalArgumentException("A result is eligible exactly when no rule refused");
        }
    }
}
