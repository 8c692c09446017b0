package org.algos.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PagedRows;
import org.algos.web.security.OidcSettings;
import org.algos.web.security.PasswordChanges;
import org.algos.web.security.UserAccounts;

/**
 * People: the accounts, searched and paged in the database; an account made, deactivated or
 * reactivated, unlocked, given a one-time password (which serves only to choose one), and a
 * patient account linked to its record by MRN or unlinked.
 */
@Named
@ViewScoped
public class AdminPeopleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> LABELS = Map.of("username", "User name", "displayName", "Display name",
            "role", "Role", "password", "Password", "patientId", "Patient MRN");

    /** An account as the table shows it. */
    public record Row(String username, String displayName, String role, Long patientId, boolean active,
                      boolean patientAccount) implements Serializable {

        static Row of(ClinicUser u) {
            return new Row(u.username(), u.displayName(), u.role().code(), u.patientId(), u.isActive(),
                    u.role() == Role.PATIENT);
        }
    }

    @Inject
    private UserAccounts accounts;

    @Inject
    private PasswordChanges passwords;

    @Inject
    private PatientLookup lookup;

    @Inject
    private OidcSettings signIn;

    private String query;
    private String newUsername;
    private String newDisplayName;
    private String newRole;
    private String newPassword;
    private String newPatientMrn;
    private String oneTimePassword;
    private String linkMrn;

    private final PagedRows<Row> rows = PagedRows.of((page, size) -> (query == null || query.isBlank()
            ? accounts.list(page, size) : accounts.search(query, page, size)).map(Row::of), Row::username);

    public void create() {
        Long patientId = null;
        if ("patient".equals(newRole)) {
            Patient patient = lookup.byMrn(newPatientMrn);
            if (patient == null) {
                return;
            }
            patientId = patient.id();
        }
        Long linked = patientId;
        if (ChartSection.attempt(() -> accounts.create(new UserAccounts.NewAccount(newUsername, newDisplayName, newRole,
                signIn.isEnabled() ? null : newPassword, linked)), LABELS)) {
            Messages.info("Account " + newUsername + " created" + (signIn.isEnabled() ? "."
                    : "; its owner chooses a password at first sign-in."));
            newUsername = newDisplayName = newRole = newPassword = newPatientMrn = null;
        }
    }

    public void setActive(String username, boolean active) {
        if (ChartSection.attempt(() -> accounts.setActive(username, active))) {
            Messages.info("Account " + username + (active ? " reactivated." : " deactivated."));
        }
    }

    public void unlock(String username) {
        if (ChartSection.attempt(() -> passwords.unlock(username))) {
            Messages.info("Sign-in of " + username + " unlocked.");
        }
    }

    public void resetPassword(String username) {
        if (ChartSection.attempt(() -> passwords.reset(username, oneTimePassword), LABELS)) {
            Messages.info("One-time password set for " + username + ": they choose their own at the next sign-in.");
            oneTimePassword = null;
        }
    }

    public void link(String username) {
        Patient patient = lookup.byMrn(linkMrn);
        if (patient != null && ChartSection.attempt(() -> accounts.link(username, patient.id()), LABELS)) {
            Messages.info(username + " linked to the record of " + patient.fullName() + " (" + patient.mrn() + ").");
            linkMrn = null;
        }
    }

    public void unlink(String username) {
        if (ChartSection.attempt(() -> accounts.link(username, null))) {
            Messages.info(username + " unlinked from its record.");
        }
    }

    public PagedRows<Row> getRows() {
        return rows;
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::code).toList();
    }

    public boolean isSingleSignOn() {
        return signIn.isEnabled();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPatientMrn() {
        return newPatientMrn;
    }

    public void setNewPatientMrn(String newPatientMrn) {
        this.newPatientMrn = newPatientMrn;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public void setOneTimePassword(String oneTimePassword) {
        this.oneTimePassword = oneTimePassword;
    }

    public String getLinkMrn() {
        return linkMrn;
    }

    public void setLinkMrn(String linkMrn) {
        this.linkMrn = linkMrn;
    }
}
