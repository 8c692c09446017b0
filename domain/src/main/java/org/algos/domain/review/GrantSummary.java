package org.algos.domain.review;

import java.time.LocalDateTime;
import org.algos.domain.user.Role;

/**
 * A break-glass grant as the auditor reviews it: who held it, when and why, and whose record it
 * opened, by demographics only (the auditor sees no chart content). Read in one query with the
 * user and the patient.
 */
public record GrantSummary(long grantId, String username, String displayName, Role role, LocalDateTime grantedAt,
                           LocalDateTime expiresAt, String reason, String writeReason, long patientId,
                           String patientGivenName, String patientFamilyName, String mrn) {

    /** "Family, Given", as the chart and lists show a patient. */
    public String patientName() {
        return patientFamilyName + ", " + patientGivenName;
    }

    public boolean allowedWrites() {
        return writeReason != null;
    }
}
