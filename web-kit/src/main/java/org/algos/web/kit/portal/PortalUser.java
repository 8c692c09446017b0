package org.algos.web.kit.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.algos.domain.access.CallerContext;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/** The signed-in user as the portal shows them: name, role, which menu entries apply, sign-out. */
@Named
@RequestScoped
public class PortalUser {

    @Inject
    private CallerContext callers;

    public Caller getCaller() {
        return callers.current();
    }

    public String getDisplayName() {
        return getCaller().displayName();
    }

    public String getRole() {
        return getCaller().role().code();
    }

    public boolean isClinician() {
        return getCaller().role().isClinician();
    }

    public boolean isPatient() {
        return getCaller().role() == Role.PATIENT;
    }

    public boolean isAdmin() {
        return getCaller().role() == Role.ADMIN;
    }

    public boolean isAuditor() {
        return getCaller().role() == Role.AUDITOR;
    }

    public boolean isPhysician() {
        return getCaller().role() == Role.PHYSICIAN;
    }

    public Role getRoleValue() {
        return getCaller().role();
    }

    /** Structured pain assessments are recorded by physicians, nurses and physiotherapists. */
    public boolean isMayRecordPain() {
        Role role = getRoleValue();
        return role == Role.PHYSICIAN || role == Role.NURSE || role == Role.PHYSIOTHERAPIST;
    }

    /** Open safety alerts are shown to clinicians and administrators; patients do not see them. */
    public boolean isMaySeeSafetyAlerts() {
        return isClinician() || isAdmin();
    }

    /** Physicians, nurses and psychologists acknowledge safety alerts. */
    public boolean isMayAcknowledgeAlerts() {
        Role role = getRoleValue();
        return role == Role.PHYSICIAN || role == Role.NURSE || role == Role.PSYCHOLOGIST;
    }

    /** Physicians and nurses schedule procedures and work through the safety checklist. */
    public boolean isMaySchedule() {
        Role role = getRoleValue();
        return role == Role.PHYSICIAN || role == Role.NURSE;
    }

    /** Only a physician overrides an eligibility rule, and completes a procedure with its note. */
    public boolean isMayOverrideEligibility() {
        return isPhysician();
    }

    /** Patients search their own record; admins find records they hold a grant for. */
    public boolean isMaySearchPatients() {
        return isClinician() || isAdmin() || isPatient();
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            // already signed out
        }
        if (external.isResponseCommitted()) {
            // Single sign-on: the mechanism has sent the browser to the identity provider to sign out there too.
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
