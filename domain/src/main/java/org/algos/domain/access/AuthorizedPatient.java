package org.algos.domain.access;

import java.util.Objects;

/**
 * Proof that the caller passed {@link PatientAccessGuard} for one patient in the current
 * transaction. Only the guard creates it, so a method that takes one cannot be reached without
 * the check; {@link PatientAccessGuard#confirm} tells a live proof from one kept past its
 * transaction or handed to another caller.
 */
public final class AuthorizedPatient {

    private final long patientId;
    private final String username;
    private final AccessBasis basis;
    private final boolean needsReview;

    AuthorizedPatient(long patientId, String username, AccessDecision decision) {
        this.patientId = patientId;
        this.username = Objects.requireNonNull(username);
        this.basis = decision.basis();
        this.needsReview = decision.needsReview();
    }

    public long id() {
        return patientId;
    }

    /** Why the caller may open the record: care team, own record or break-glass. */
    public AccessBasis basis() {
        return basis;
    }

    /** Access gained by breaking the glass is flagged so that someone reviews it. */
    public boolean needsReview() {
        return needsReview;
    }

    String username() {
        return username;
    }

    @Override
    public String toString() {
        return "AuthorizedPatient[" + patientId + " for " + username + ", " + basis + "]";
    }
}
