package org.algos.careplan.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.user.Role;

/**
 * The patient's preferences for shared decisions: the patient states them, the care team reads
 * them. Saving replaces the whole statement and names the version the patient read; version 0
 * means "nothing stated yet". A stale version is refused (409) rather than overwriting.
 */
@Stateless
public class PatientPreferences {

    /** The version of a patient who has stated nothing yet. */
    public static final long NOTHING_STATED = 0;

    static final int MAX_TEXT = 1000;
    static final int MAX_CONTACT_NOTES = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** The statement as the patient entered it; null or blank parts are "not stated". */
    public record Entry(String involvement, List<String> avoid, String treatmentWishes, String whatMatters,
                        String preferredContact, String contactNotes) {
    }

    /** Empty when the patient has stated nothing yet. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Optional<DecisionPreferences> read(long patientId) {
        return read(guard.authorize(patientId, AuditAction.READ, "DecisionPreferences", "preferences for decisions read"));
    }

    /** As {@link #read(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Optional<DecisionPreferences> read(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return find(patientId);
    }

    @RolesAllowed(Role.PATIENT_ROLE)
    public DecisionPreferences state(long patientId, long expectedVersion, Entry entry) {
        FieldErrors errors = new FieldErrors();
        Involvement involvement = blank(entry.involvement()) ? null
                : errors.requiredCode("involvement", entry.involvement(), Involvement.class, Involvement::code);
        Set<TreatmentToAvoid> avoid = EnumSet.noneOf(TreatmentToAvoid.class);
        for (String code : entry.avoid() == null ? List.<String>of() : entry.avoid()) {
            if (!blank(code)) {
                TreatmentToAvoid t = errors.requiredCode("avoid", code, TreatmentToAvoid.class, TreatmentToAvoid::code);
                if (t != null) {
                    avoid.add(t);
                }
            }
        }
        String wishes = errors.optionalText("treatmentWishes", entry.treatmentWishes(), MAX_TEXT);
        String matters = errors.optionalText("whatMatters", entry.whatMatters(), MAX_TEXT);
        ContactChannel contact = blank(entry.preferredContact()) ? null
                : errors.requiredCode("preferredContact", entry.preferredContact(), ContactChannel.class,
                        ContactChannel::code);
        String contactNotes = errors.optionalText("contactNotes", entry.contactNotes(), MAX_CONTACT_NOTES);
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "DecisionPreferences", "preferences for decisions stated");
        DecisionPreferences preferences = find(patientId).orElse(null);
        long current = preferences == null ? NOTHING_STATED : preferences.version();
        if (current != expectedVersion) {
            throw new ConflictException("Your preferences were changed elsewhere since you opened them (version "
                    + current + ", you read " + expectedVersion + "); reload them and save again.");
        }
        boolean created = preferences == null;
        if (created) {
            preferences = new DecisionPreferences(patientId);
        }
        preferences.state(involvement, avoid, wishes, matters, contact, contactNotes, callers.current().username(),
                Clocks.nowUtc(clock));
        if (created) {
            em.persist(preferences);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Your preferences were changed elsewhere at the same moment; reload them and"
                    + " save again.");
        } catch (PersistenceException e) {
            // Two first statements at once: the unique patient key keeps one.
            throw new ConflictException("Your preferences were saved elsewhere at the same moment; reload them and"
                    + " save again.");
        }
        return preferences;
    }

    private Optional<DecisionPreferences> find(long patientId) {
        return em.createQuery("select d from DecisionPreferences d where d.patientId = :p", DecisionPreferences.class)
                .setParameter("p", patientId).getResultList().stream().findFirst();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
