package org.algos.domain.access;

/** The answer of the access policy for one caller and one patient record. */
public record AccessDecision(boolean allowed, AccessBasis basis, String reason) {

    public static AccessDecision grant(AccessBasis basis) {
        return new AccessDecision(true, basis, "");
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, AccessBasis.NONE, reason);
    }

    /** Access gained by breaking the glass is flagged so that someone reviews it. */
    public boolean needsReview() {
        return basis == AccessBasis.BREAK_GLASS;
    }
}
