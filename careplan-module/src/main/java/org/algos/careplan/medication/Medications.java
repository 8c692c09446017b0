package org.algos.careplan.medication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.port.ActiveMedications;
import org.algos.domain.port.BaselineFacts;
import org.algos.domain.user.Role;

/**
 * The medication list, its MME (CDC 2022) and, through {@link ActiveMedications}, the drugs the
 * intervention rules check for holds and, through {@link BaselineFacts}, the opioid dose a
 * procedure's outcome is split by.
 */
@Stateless
@LocalBean
@Local({ActiveMedications.class, BaselineFacts.class})
public class Medications implements ActiveMedications, BaselineFacts {

    static final int RECENTLY_STOPPED_DAYS = 14;

    private final MmeCalculator calculator = new MmeCalculator();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** A medication as entered, before checking. */
    public record Entry(String drug, Double doseMg, String route, Double dosesPerDay, Double mcgPerHour,
                        String indication, String startedOn, String stoppedOn) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public MedicationStatement add(long patientId, Entry entry) {
        FieldErrors errors = new FieldErrors();
        String drug = errors.requiredText("drug", entry.drug(), 100);
        drug = drug == null ? null : drug.toLowerCase(Locale.ROOT);
        LocalDate started = entry.startedOn() == null || entry.startedOn().isBlank() ? null
                : errors.requiredDate("startedOn", entry.startedOn());
        LocalDate stopped = entry.stoppedOn() == null || entry.stoppedOn().isBlank() ? null
                : errors.requiredDate("stoppedOn", entry.stoppedOn());
        if (started != null && stopped != null && stopped.isBefore(started)) {
            errors.add("stoppedOn", "cannot be before the start");
        }
        errors.throwIfAny();
        // The calculator checks doses, frequencies and patch rates and names the wrong field.
        calculator.calculate(List.of(new OpioidDose(drug, entry.doseMg(), entry.dosesPerDay(), entry.mcgPerHour())));
        long id = NewIds.next(em, MedicationStatement.class);
        guard.authorize(patientId, AuditAction.CREATE, "Medication/" + id, "medication " + id + " added");
        MedicationStatement medication = new MedicationStatement(id, patientId, drug, entry.doseMg(),
                blankToNull(entry.route()), entry.dosesPerDay(), entry.mcgPerHour(), blankToNull(entry.indication()),
                started, stopped, callers.current().username(), Clocks.nowUtc(clock));
        em.persist(medication);
        changed(patientId);
        return medication;
    }

    /**
     * Stops a medication: {@code stoppedOn} is the last day it is taken (so it still counts on that
     * day). {@code expectedVersion} is the medication's version as read.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public MedicationStatement stop(long patientId, long medicationId, long expectedVersion, String stoppedOn) {
        FieldErrors errors = new FieldErrors();
        LocalDate stopped = errors.requiredDate("stoppedOn", stoppedOn);
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "Medication/" + medicationId,
                "medication " + medicationId + " stopped");
        MedicationStatement medication = em.find(MedicationStatement.class, medicationId);
        if (medication == null || medication.patientId() != patientId) {
            throw new NotFoundException("No medication " + medicationId + " for patient " + patientId);
        }
        if (medication.version() != expectedVersion) {
            throw new ConflictException("The medication was changed by someone else (version " + medication.version()
                    + ", you read " + expectedVersion + "); reload and try again.");
        }
        if (medication.startedOn() != null && stopped.isBefore(medication.startedOn())) {
            throw InvalidInputException.of("stoppedOn", "cannot be before the start (" + medication.startedOn() + ")");
        }
        medication.stop(stopped);
        changed(patientId);
        em.flush();
        return medication;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<MedicationStatement> list(long patientId) {
        return list(guard.authorize(patientId, AuditAction.READ, "Medication", "medications listed"));
    }

    /** As {@link #list(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<MedicationStatement> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return all(patientId);
    }

    /** One medication by its id (a FHIR MedicationRequest read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public MedicationStatement get(long medicationId) {
        MedicationStatement medication = em.find(MedicationStatement.class, medicationId);
        if (medication == null) {
            throw new NotFoundException("No medication " + medicationId);
        }
        guard.authorize(medication.patientId(), AuditAction.READ, "Medication/" + medicationId, "medication read");
        return medication;
    }

    /**
     * The medications taken on a day and their MME: {@code active.get(i)} is the medication of
     * {@code mme.items().get(i)}, so a line of the answer can name its record.
     */
    public record ActiveMme(LocalDate day, List<MedicationStatement> active, MmeResult mme) {

        public ActiveMme {
            active = List.copyOf(active);
        }
    }

    /** The medications active today with their MME per day (the FHIR MME Observation and what it derives from). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public ActiveMme activeMme(long patientId) {
        return activeMme(guard.authorize(patientId, AuditAction.READ, "Medication/MME", "MME calculated"));
    }

    /** As {@link #activeMme(long)}, for a caller that passed the guard already. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public ActiveMme activeMme(AuthorizedPatient patient) {
        guard.confirm(patient);
        return activeOnDay(patient.id(), LocalDate.now(clock));
    }

    /** MME per day of the medications active today. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public MmeResult mme(long patientId) {
        guard.authorize(patientId, AuditAction.READ, "Medication/MME", "MME calculated");
        return mmeToday(patientId);
    }

    /** The MME and, from 50 MME/day, the opioid safety items to look at (null below 50). */
    public record MmeReview(MmeResult mme, OpioidSafety.Status opioidSafety) {
    }

    /** MME per day with the opioid safety items it calls for, under one access check. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public MmeReview review(long patientId) {
        guard.authorize(patientId, AuditAction.READ, "Medication/MME", "MME calculated");
        MmeResult mme = mmeToday(patientId);
        return new MmeReview(mme, OpioidSafetyReview.applies(mme.level())
                ? OpioidSafety.statusOf(em, patientId, LocalDate.now(clock)) : null);
    }

    /** The opioid dose taken on the day of a procedure (0 MME/day, below 50, when none). */
    @Override
    @PermitAll
    public Baseline before(AuthorizedPatient patient, LocalDate procedureDay) {
        guard.confirm(patient);
        MmeResult mme = activeOnDay(patient.id(), procedureDay).mme();
        return new Baseline(null, null, null, mme.totalMme(), mme.level().code());
    }

    private MmeResult mmeToday(long patientId) {
        return activeOnDay(patientId, LocalDate.now(clock)).mme();
    }

    private ActiveMme activeOnDay(long patientId, LocalDate day) {
        List<MedicationStatement> active = all(patientId).stream().filter(m -> m.isActiveOn(day)).toList();
        return new ActiveMme(day, active, calculator.calculate(active.stream().map(MedicationStatement::dose).toList()));
    }

    /**
     * The port: medications started by the date and not stopped more than two weeks before it (longer
     * than any hold in the ASRA table), so the hold rules can judge whether the stop was early enough.
     * No audit here: the proof says the caller has passed the guard.
     */
    @Override
    @PermitAll
    public List<ActiveMedications.Medication> activeOn(AuthorizedPatient patient, LocalDate date) {
        guard.confirm(patient);
        LocalDate lookBack = date.minusDays(RECENTLY_STOPPED_DAYS);
        return all(patient.id()).stream()
                .filter(m -> m.startedOn() == null || !m.startedOn().isAfter(date))
                .filter(m -> m.stoppedOn() == null || !m.stoppedOn().isBefore(lookBack))
                .map(MedicationStatement::fact).toList();
    }

    /**
     * The patient's medications, read once per transaction: a chart page shows them in the
     * medications, the summary's MME and the holds, and one query serves all three.
     */
    @SuppressWarnings("unchecked")
    private List<MedicationStatement> all(long patientId) {
        Object key = cacheKey(patientId);
        List<MedicationStatement> read = (List<MedicationStatement>) transaction.getResource(key);
        if (read == null) {
            read = em.createQuery("select m from MedicationStatement m where m.patientId = :p"
                    + " order by m.startedOn nulls first, m.id",
                    MedicationStatement.class).setParameter("p", patientId).getResultList();
            transaction.putResource(key, read);
        }
        return read;
    }

    /** A change to the list makes the transaction read it again. */
    private void changed(long patientId) {
        transaction.putResource(cacheKey(patientId), null);
    }

    private static Object cacheKey(long patientId) {
        return List.of(Medications.class.getName(), patientId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
