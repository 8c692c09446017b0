package org.algos.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.patient.PatientContact;
import org.algos.domain.patient.PatientContacts;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;

/**
 * The patient's own e-mail address and their consent to reminders by e-mail. The form keeps the
 * version it was opened with, so a save from an older window is refused instead of replacing a
 * newer choice; turning reminders off also stops what is still waiting to be sent.
 */
@Named
@ViewScoped
public class MyRemindersBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("email", "E-mail address",
            "emailReminders", "Reminders by e-mail");

    @Inject
    private PatientContacts contacts;

    private Long patientId;
    private long version = PatientContacts.NOTHING_RECORDED;
    private String email;
    private boolean emailReminders;
    private String savedBy;

    @PostConstruct
    void load() {
        patientId = ownPatientId();
        if (patientId != null) {
            ChartSection.attempt(() -> show(contacts.read(patientId)));
        }
    }

    private void show(Optional<PatientContact> recorded) {
        version = recorded.map(PatientContact::version).orElse(PatientContacts.NOTHING_RECORDED);
        email = recorded.map(PatientContact::email).orElse(null);
        emailReminders = recorded.map(PatientContact::emailReminders).orElse(false);
        savedBy = recorded.map(c -> Shown.dateTime(c.changedAt()) + " UTC").orElse(null);
    }

    public void save() {
        if (patientId == null) {
            return;
        }
        try {
            show(Optional.of(contacts.change(patientId, version, email, emailReminders)));
            Messages.info(emailReminders ? "Saved. We will e-mail you when something new is waiting for you."
                    : "Saved. We will not send you reminders by e-mail.");
        } catch (RuntimeException e) {
            if (!Messages.report(e, FIELD_LABELS)) {
                throw e;
            }
        }
    }

    /** Discards the form and shows what is stored now. */
    public void reload() {
        load();
    }

    public boolean isReady() {
        return patientId != null;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailReminders() {
        return emailReminders;
    }

    public void setEmailReminders(boolean emailReminders) {
        this.emailReminders = emailReminders;
    }
}
