package org.algos.careplan.medication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.user.Role;

/**
 * Records and reads a patient's opioid safety book-keeping (agreement, drug screen, PDMP check,
 * naloxone). Physicians and nurses record; the care team and the patient read.
 */
@Stateless
public class OpioidSafety {

    private static final OpioidSafetyReview REVIEW = new OpioidSafetyReview();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** The dates as entered (ISO dates; blank for unknown), before checking. */
    public record Entry(String agreementSignedOn, String drugScreenOn, String drugScreenResult, String pdmpCheckedOn,
                        String naloxoneOfferedOn) {
    }

    /**
     * The book-keeping with each item reviewed. {@code version} is 0 while nothing has been
     * recorded; a first save names version 0.
     */
    public record Status(OpioidSafetyDates dates, long version, String updatedBy, LocalDateTime updatedAt,
                         List<OpioidSafetyReview.Item> items) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Status read(long patientId) {
        return read(guard.authorize(patientId, AuditAction.READ, "Medication/OpioidSafety",
                "opioid safety items read"));
    }

    /** As {@link #read(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Status read(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return statusOf(em, patientId, LocalDate.now(clock));
    }

    /** Saves all dates at once; {@code expectedVersion} is the version read (0 when none existed). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public Status record(long patientId, long expectedVersion, Entry entry) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock);
        OpioidSafetyDates dates = new OpioidSafetyDates(
                pastDate("agreementSignedOn", entry.agreementSignedOn(), today, errors),
                pastDate("drugScreenOn", entry.drugScreenOn(), today, errors),
                errors.optionalText("drugScreenResult", entry.drugScreenResult(), 200),
                pastDate("pdmpCheckedOn", entry.pdmpCheckedOn(), today, errors),
                pastDate("naloxoneOfferedOn", entry.naloxoneOfferedOn(), today, errors));
        if (dates.drugScreenResult() != null && dates.drugScreenOn() == null && errors.isEmpty()) {
            errors.add("drugScreenOn", "is required with a drug screen result");
        }
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "Medication/OpioidSafety", "opioid safety items updated");
        OpioidSafetyRecord record = find(em, patientId);
        long current = record == null ? 0 : record.version();
        if (current != expectedVersion) {
            throw new ConflictException("The opioid safety items were changed by someone else (version " + current
                    + ", you read " + expectedVersion + "); reload and apply your change again.");
        }
        if (record == null) {
            record = new OpioidSafetyRecord(patientId);
            record.record(dates, callers.current().username(), Clocks.nowUtc(clock));
            em.persist(record);
        } else {
            record.record(dates, callers.current().username(), Clocks.nowUtc(clock));
        }
        em.flush();
        return status(record, today);
    }

    /** No access check: for callers in this package that have passed the guard for this patient. */
    static Status statusOf(EntityManager em, long patientId, LocalDate today) {
        OpioidSafetyRecord record = find(em, patientId);
        return record == null ? new Status(OpioidSafetyDates.NONE, 0, null, null, REVIEW.review(OpioidSafetyDates.NONE, today))
                : status(record, today);
    }

    private static Status status(OpioidSafetyRecord record, LocalDate today) {
        return new Status(record.dates(), record.version(), record.updatedBy(), record.updatedAt(),
                REVIEW.review(record.dates(), today));
    }

    private static OpioidSafetyRecord find(EntityManager em, long patientId) {
        return em.createQuery("select s from OpioidSafetyRecord s where s.patientId = :p", OpioidSafetyRecord.class)
                .setParameter("p", patientId).getResultList().stream().findFirst().orElse(null);
    }

    private static LocalDate pastDate(String field, String value, LocalDate today, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = errors.requiredDate(field, value);
        if (date != null && date.isAfter(today)) {
            errors.add(field, "cannot be in the future");
            return null;
        }
        return date;
    }

}
