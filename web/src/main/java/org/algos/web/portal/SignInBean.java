package org.algos.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.algos.web.security.BuiltInAuthenticationMechanism;
import org.algos.web.security.PasswordSignIn;

/** The sign-in form of the built-in login. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    private SecurityContext securityContext;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Enter your user name and password.", null));
            return;
        }
        AuthenticationStatus status = signIn(securityContext, external, username.strip(), password);
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/app/worklist.xhtml");
            faces.responseComplete();
            return;
        }
        Object outcome = external.getRequestMap().get(BuiltInAuthenticationMechanism.OUTCOME);
        if (outcome instanceof PasswordSignIn.MustChoosePassword) {
            external.redirect(external.getRequestContextPath() + "/password.xhtml?first=true&user="
                    + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(outcome), null));
        }
    }

    /** Signs in through the portal's mechanism with a user name and password; shared with the password page. */
    static AuthenticationStatus signIn(SecurityContext securityContext, ExternalContext external, String username,
                                       String password) {
        return securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
    }

    /** What the form says when the sign-in failed; shared with the password page. */
    public static String refusal(Object outcome) {
        if (outcome instanceof PasswordSignIn.Throttled throttled) {
            long seconds = throttled.retry().seconds();
            return "Too many failed sign-ins. Try again in " + (seconds < 120 ? seconds + " seconds"
                    : (seconds + 59) / 60 + " minutes") + ", or ask the clinic's administrator to unlock the account.";
        }
        if (outcome instanceof PasswordSignIn.Busy) {
            return "Too many sign-ins at once. Try again in a moment.";
        }
        return "Wrong user name or password, or the account is disabled.";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
