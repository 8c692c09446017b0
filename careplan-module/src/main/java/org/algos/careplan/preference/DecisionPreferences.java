package org.algos.careplan.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * What one patient states for shared decisions. One row per patient, replaced as a whole each time
 * the patient saves, with a version so that two open forms cannot overwrite each other unnoticed.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "decision_preferences")
public class DecisionPreferences {

    @Id
    @SequenceGenerator(name = "decision_preferences_seq", sequenceName = "decision_preferences_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_preferences_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false, unique = true)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Involvement involvement;

    /** Codes of {@link TreatmentToAvoid}, comma-separated in the enum's order. */
    @Column(name = "avoid_treatments", length = 200)
    private String avoid;

    @Column(name = "treatment_wishes", length = 1000)
    private String treatmentWishes;

    @Column(name = "what_matters", length = 1000)
    private String whatMatters;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", length = 20)
    private ContactChannel preferredContact;

    @Column(name = "contact_notes", length = 200)
    private String contactNotes;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected DecisionPreferences() {
    }

    public DecisionPreferences(long patientId) {
        this.patientId = patientId;
    }

    /** Replaces everything the patient stated. */
    void state(Involvement newInvolvement, Set<TreatmentToAvoid> newAvoid, String newTreatmentWishes,
               String newWhatMatters, ContactChannel newContact, String newContactNotes, String by, LocalDateTime at) {
        involvement = newInvolvement;
        avoid = newAvoid.isEmpty() ? null : newAvoid.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        treatmentWishes = newTreatmentWishes;
        whatMatters = newWhatMatters;
        preferredContact = newContact;
        contactNotes = newContactNotes;
        updatedBy = by;
        updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public Involvement involvement() {
        return involvement;
    }

    public Set<TreatmentToAvoid> avoid() {
        Set<TreatmentToAvoid> set = EnumSet.noneOf(TreatmentToAvoid.class);
        if (avoid != null && !avoid.isBlank()) {
            Arrays.stream(avoid.split(",")).map(String::strip).map(TreatmentToAvoid::valueOf).forEach(set::add);
        }
        return set;
    }

    public String treatmentWishes() {
        return treatmentWishes;
    }

    public String whatMatters() {
        return whatMatters;
    }

    public ContactChannel preferredContact() {
        return preferredContact;
    }

    public String contactNotes() {
        return contactNotes;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
