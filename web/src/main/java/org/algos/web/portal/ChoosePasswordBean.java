package org.algos.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.web.security.PasswordChanges;
import org.algos.web.security.PasswordSignIn;
import org.algos.web.security.TrustedProxy;

/**
 * The page where the owner of a built-in account chooses a new password: at first sign-in when
 * an administrator set the password, or whenever they want to. On success they are signed in.
 */
@Named
@RequestScoped
public class ChoosePasswordBean {

    private static final Map<String, String> LABELS = Map.of("username", "User name",
            "currentPassword", "Current password", "newPassword", "New password");

    @Inject
    private PasswordChanges passwords;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private TrustedProxy proxy;

    private String username;
    private String currentPassword;
    private String newPassword;
    private String repeated;

    @PostConstruct
    void fromAddress() {
        username = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("user");
    }

    public void choose() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (newPassword == null || !newPassword.equals(repeated)) {
            error(faces, "The new password and its repetition differ.");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        PasswordSignIn.Outcome outcome;
        try {
            outcome = passwords.choose(username == null ? null : username.strip(), currentPassword, newPassword,
                    proxy.clientAddress(request));
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> error(faces, label(err) + ": " + err.message() + "."));
            return;
        } catch (ConflictException e) {
            error(faces, e.getMessage());
            return;
        }
        if (!(outcome instanceof PasswordSignIn.Valid)) {
            error(faces, SignInBean.refusal(outcome));
            return;
        }
        AuthenticationStatus status = SignInBean.signIn(securityContext, external, username.strip(), newPassword);
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/app/worklist.xhtml");
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
        faces.responseComplete();
    }

    private static String label(FieldError error) {
        return LABELS.getOrDefault(error.field(), error.field());
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
