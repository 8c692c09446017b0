package org.algos.intervention.eligibility;

import java.util.Optional;
import org.algos.intervention.catalogue.Procedure;

/**
 * One published coverage criterion, small enough to read against its source. A rule that
 * applies either refuses with a finding or is listed as met.
 */
public interface EligibilityRule {

    /** The rule's stable name, shown in the API's {@code rule} field. */
    default String name() {
        return getClass().getSimpleName();
    }

    boolean appliesTo(Procedure procedure);

    /** Why the request is refused; empty when the rule is satisfied. */
    Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts);

    /** The published source their publishers set out for the rule. */
    String source();

    /** What the rule asks for with the clinic's settings, listed among the met rules when satisfied. */
    String requirement();

    /** A refusal by this rule, with its name and source. */
    default Finding refusing(String message) {
        return new Finding(name(), message, source());
    }

    /** This rule as the scheduling panel lists it when satisfied. */
    default Finding met() {
        return new Finding(name(), requirement(), source());
    }
}
