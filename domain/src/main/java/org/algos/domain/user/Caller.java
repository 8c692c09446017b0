package org.algos.domain.user;

/** Who is making the current request, as the access policy and the audit trail need to know. */
public record Caller(String username, String displayName, Role role, Long ownPatientId) {

    public boolean isPatient() {
        return role == Role.PATIENT;
    }
}
