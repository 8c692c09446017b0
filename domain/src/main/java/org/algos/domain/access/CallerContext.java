package org.algos.domain.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.UserDirectory;

/** Resolves the signed-in caller's profile once per request. */
@RequestScoped
public class CallerContext {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserDirectory users;

    private Caller caller;

    private ClinicUser validated;

    /** The profile the sign-in of this request has just read, so that it is not read twice. */
    public void validated(ClinicUser user) {
        this.validated = user;
    }

    public Caller current() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("Sign in first.");
            }
            ClinicUser user = (validated != null && validated.username().equals(principal.getName())
                    ? Optional.of(validated) : users.find(principal.getName()))
                    .filter(ClinicUser::isActive)
                    .orElseThrow(() -> new AccessDeniedException("No active Algos profile for " + principal.getName()));
            caller = new Caller(user.username(), user.displayName(), user.role(), user.patientId());
        }
        return caller;
    }
}
