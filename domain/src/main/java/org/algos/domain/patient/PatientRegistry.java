package org.algos.domain.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.careteam.CareTeamMember;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.Like;
import org.algos.domain.common.Page;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/** Registers, opens, corrects and finds patients, always through the access guard. */
@Stateless
public class PatientRegistry {

    /** A search is split into at most this many words, each of which must match. */
    static final int MAX_SEARCH_TERMS = 4;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A patient together with the basis on which the caller may see them. */
    public record Opened(Patient patient, AuthorizedPatient access) {
    }

    /** Registers a patient; the registering clinician joins the care team. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public Patient register(PatientDetails details) {
        Caller caller = callers.current();
        requireUniqueMrn(details.mrn(), null);
        LocalDateTime now = Clocks.nowUtc(clock);
        Patient patient = new Patient(details, now);
        em.persist(patient);
        flushOrConflict(details.mrn()); // the member row refers to the patient row by id only
        em.persist(new CareTeamMember(patient.id(), caller.username(), caller.role(), now, caller.username()));
        audit.record(caller, AuditRecord.success(AuditAction.CREATE, patient.id(), "Patient", "treatment",
                "patient " + patient.id() + " registered", false));
        return patient;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public Opened open(long patientId) {
        AuthorizedPatient access = guard.authorize(patientId, AuditAction.READ, "Patient", "demographics read");
        return new Opened(em.find(Patient.class, patientId), access);
    }

    /** The patient's demographics, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public Patient read(AuthorizedPatient patient) {
        guard.confirm(patient);
        return em.find(Patient.class, patient.id());
    }

    /**
     * Corrects demographics. {@code expectedVersion} is the version the user read: if someone
     * saved in between, the change is refused rather than overwriting theirs.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public Patient correct(long patientId, long expectedVersion, PatientDetails details) {
        guard.authorize(patientId, AuditAction.UPDATE, "Patient", "demographics corrected");
        Patient patient = em.find(Patient.class, patientId);
        if (patient.version() != expectedVersion) {
            throw new ConflictException("The patient was changed by someone else (version " + patient.version()
                    + ", you read " + expectedVersion + "); reload and apply your change again.");
        }
        requireUniqueMrn(details.mrn(), patientId);
        patient.correct(details);
        flushOrConflict(details.mrn());
        return patient;
    }

    /**
     * Finds the caller's accessible patients whose MRN equals a search word or whose given or
     * family name starts with it; every word must match. Paged in the database.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Page<Patient> search(String text, int page, int size) {
        Page.checkRequest(page, size);
        Caller caller = callers.current();
        List<String> terms = terms(text);
        String where = accessibleMatching(terms);
        TypedQuery<Patient> query = em.createQuery("select p from Patient p" + where
                + " order by p.familyNameKey, p.givenNameKey, p.id", Patient.class);
        bind(query, caller, terms);
        List<Patient> found = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = page == 0 && found.size() < size ? found.size() : count(caller, terms);
        audit.record(caller, AuditRecord.success(AuditAction.SEARCH, null, "Patient",
                caller.isPatient() ? "own record" : "treatment",
                "patient search page " + page + ": " + total + " found, shown "
                        + found.stream().map(p -> String.valueOf(p.id())).toList(), false));
        return new Page<>(found, page, size, total);
    }

    /**
     * For the administration of care teams: any patient whose MRN or name matches every word, by
     * demographics only (an administrator opens no chart). At least one word is needed, so that
     * the register is never listed whole; each search is audited under "administration".
     */
    @RolesAllowed(Role.ADMIN_ROLE)
    public Page<Patient> searchForAdministration(String text, int page, int size) {
        FieldErrors errors = new FieldErrors();
        Page.checkRequest(page, size, errors);
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            errors.add("q", "name an MRN or a name to search for");
        }
        errors.throwIfAny();
        String where = " where 1 = 1" + matching(terms);
        TypedQuery<Patient> query = em.createQuery("select p from Patient p" + where
                + " order by p.familyNameKey, p.givenNameKey, p.id", Patient.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Patient p" + where, Long.class);
        bindTerms(query, terms);
        bindTerms(count, terms);
        List<Patient> found = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = count.getSingleResult();
        audit.record(callers.current(), AuditRecord.success(AuditAction.SEARCH, null, "Patient", "administration",
                "patient search for care teams, page " + page + ": " + total + " found, shown "
                        + found.stream().map(p -> String.valueOf(p.id())).toList(), false));
        return new Page<>(found, page, size, total);
    }

    /** How many accessible patients a search finds; reveals no one, so it is not audited. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public long count(String text) {
        return count(callers.current(), terms(text));
    }

    private long count(Caller caller, List<String> terms) {
        TypedQuery<Long> count = em.createQuery("select count(p) from Patient p" + accessibleMatching(terms), Long.class);
        bind(count, caller, terms);
        return count.getSingleResult();
    }

    /** Patients the caller may open (own record, care team, live break-glass grant) matching every term. */
    private static String accessibleMatching(List<String> terms) {
        StringBuilder where = new StringBuilder(" where (p.id = :self"
                + " or exists (select m.id from CareTeamMember m where m.patientId = p.id and m.username = :user)"
                + " or exists (select g.id from BreakGlassGrant g where g.patientId = p.id and g.username = :user"
                + " and g.expiresAt > :now))");
        return where.append(matching(terms)).toString();
    }

    /** Every term is the MRN or the start of the given or family name. */
    private static String matching(List<String> terms) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            where.append(" and (p.mrn = :raw").append(i)
                    .append(" or p.familyNameKey like :prefix").append(i).append(" escape '\\'")
                    .append(" or p.givenNameKey like :prefix").append(i).append(" escape '\\')");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, Caller caller, List<String> terms) {
        // Only a patient account has a record of its own; -1 matches no patient.
        query.setParameter("self", caller.isPatient() && caller.ownPatientId() != null ? caller.ownPatientId() : -1L);
        query.setParameter("user", caller.role().isClinician() || caller.role() == Role.ADMIN ? caller.username() : "");
        query.setParameter("now", Clocks.nowUtc(clock));
        bindTerms(query, terms);
    }

    private static void bindTerms(TypedQuery<?> query, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("raw" + i, terms.get(i).toUpperCase(Locale.ROOT));
            query.setParameter("prefix" + i, Like.literal(SearchKey.of(terms.get(i))) + "%");
        }
    }

    private static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("[\\s,]+")));
        return words.subList(0, Math.min(words.size(), MAX_SEARCH_TERMS));
    }

    private void requireUniqueMrn(String mrn, Long exceptPatientId) {
        List<Long> holders = em.createQuery("select p.id from Patient p where p.mrn = :mrn", Long.class)
                .setParameter("mrn", mrn).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(exceptPatientId))) {
            throw new ConflictException("A patient with MRN " + mrn + " already exists");
        }
    }

    /** A concurrent registration of the same MRN passes the check above; the unique index catches it here. */
    private void flushOrConflict(String mrn) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof jakarta.persistence.OptimisticLockException) {
                throw e;
            }
            throw new ConflictException("A patient with MRN " + mrn + " already exists");
        }
    }
}
