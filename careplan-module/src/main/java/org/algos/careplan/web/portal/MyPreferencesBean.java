package org.algos.careplan.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.careplan.preference.ContactChannel;
import org.algos.careplan.preference.DecisionPreferences;
import org.algos.careplan.preference.Involvement;
import org.algos.careplan.preference.PatientPreferences;
import org.algos.careplan.preference.TreatmentToAvoid;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;

/**
 * The patient states their preferences for shared decisions. The form keeps the version it was
 * opened with, so a save from a second, older window is refused with a message instead of
 * silently replacing the newer statement.
 */
@Named
@ViewScoped
public class MyPreferencesBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("involvement", "How involved you want to be",
            "avoid", "Treatments to avoid", "treatmentWishes", "Other wishes about treatment",
            "whatMatters", "What matters most to you", "preferredContact", "How to contact you",
            "contactNotes", "Best times or other notes");

    /** A choice of a list: its code and its words. */
    public record Choice(String code, String label) implements Serializable {
    }

    @Inject
    private PatientPreferences preferences;

    private Long patientId;
    private long version = PatientPreferences.NOTHING_STATED;
    private String savedBy;
    private String involvement;
    private List<String> avoid = new ArrayList<>();
    private String treatmentWishes;
    private String whatMatters;
    private String preferredContact;
    private String contactNotes;

    @PostConstruct
    void load() {
        patientId = ownPatientId();
        if (patientId != null) {
            ChartSection.attempt(() -> show(preferences.read(patientId)));
        }
    }

    private void show(Optional<DecisionPreferences> stated) {
        if (stated.isEmpty()) {
            return;
        }
        DecisionPreferences p = stated.get();
        version = p.version();
        savedBy = Shown.dateTime(p.updatedAt()) + " UTC";
        involvement = p.involvement() == null ? null : p.involvement().code();
        avoid = new ArrayList<>(p.avoid().stream().map(TreatmentToAvoid::code).toList());
        treatmentWishes = p.treatmentWishes();
        whatMatters = p.whatMatters();
        preferredContact = p.preferredContact() == null ? null : p.preferredContact().code();
        contactNotes = p.contactNotes();
    }

    public void save() {
        if (patientId == null) {
            return;
        }
        try {
            DecisionPreferences saved = preferences.state(patientId, version, new PatientPreferences.Entry(
                    involvement, avoid, treatmentWishes, whatMatters, preferredContact, contactNotes));
            show(Optional.of(saved));
            Messages.info("Your preferences are saved. Your care team will see them.");
        } catch (RuntimeException e) {
            if (!Messages.report(e, FIELD_LABELS)) {
                throw e;
            }
        }
    }

    /** Discards the form and shows what is stored now. */
    public void reload() {
        version = PatientPreferences.NOTHING_STATED;
        involvement = null;
        avoid = new ArrayList<>();
        treatmentWishes = null;
        whatMatters = null;
        preferredContact = null;
        contactNotes = null;
        savedBy = null;
        load();
    }

    public List<Choice> getInvolvementChoices() {
        return Arrays.stream(Involvement.values()).map(i -> new Choice(i.code(), i.statement())).toList();
    }

    public List<Choice> getAvoidChoices() {
        return Arrays.stream(TreatmentToAvoid.values()).map(t -> new Choice(t.code(), t.label())).toList();
    }

    public List<Choice> getContactChoices() {
        return Arrays.stream(ContactChannel.values()).map(c -> new Choice(c.code(), c.label())).toList();
    }

    public boolean isReady() {
        return patientId != null;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public String getInvolvement() {
        return involvement;
    }

    public void setInvolvement(String involvement) {
        this.involvement = involvement;
    }

    public List<String> getAvoid() {
        return avoid;
    }

    public void setAvoid(List<String> avoid) {
        this.avoid = avoid == null ? new ArrayList<>() : new ArrayList<>(avoid);
    }

    public String getTreatmentWishes() {
        return treatmentWishes;
    }

    public void setTreatmentWishes(String treatmentWishes) {
        this.treatmentWishes = treatmentWishes;
    }

    public String getWhatMatters() {
        return whatMatters;
    }

    public void setWhatMatters(String whatMatters) {
        this.whatMatters = whatMatters;
    }

    public String getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(String preferredContact) {
        this.preferredContact = preferredContact;
    }

    public String getContactNotes() {
        return contactNotes;
    }

    public void setContactNotes(String contactNotes) {
        this.contactNotes = contactNotes;
    }
}
