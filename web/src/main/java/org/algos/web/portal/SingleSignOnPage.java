package org.algos.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.algos.web.security.IdentityProviderProfiles.Refusal;
import org.algos.web.security.OidcSettings;

/** The sign-in page in single sign-on mode: a way to the identity provider and why the last attempt failed. */
@Named
@RequestScoped
public class SingleSignOnPage {

    @Inject
    private OidcSettings settings;

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    /** What went wrong with the last sign-in, from the page's parameters, or null. */
    public String getProblem() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String refused = params.get("refused");
        if (refused != null) {
            return Refusal.fromCode(refused).map(Refusal::message).orElse("You cannot sign in to Algos with this account.");
        }
        if (params.containsKey("unavailable")) {
            return "The hospital's sign-in service does not answer. Try again in a minute.";
        }
        if (params.containsKey("failed")) {
            return "Signing in did not complete. Try again.";
        }
        return null;
    }
}
