package org.algos.diagnosis.diagnosis;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.port.ProblemList;
import org.algos.domain.persistence.PatientRows;
import org.algos.domain.user.Role;

/** The patient's coded diagnoses; one primary at a time. Physicians record and update them. */
@Stateless
@LocalBean
@Local(ProblemList.class) // the care plan links its problems to them through the domain port
public class Diagnoses implements ProblemList {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public Diagnosis add(long patientId, String system, String code, boolean primary, String onset) {
        FieldErrors errors = new FieldErrors();
        String checkedSystem = errors.requiredText("system", system, 10);
        String checkedCode = errors.requiredText("code", code, 20);
        LocalDate onsetDate = onset == null || onset.isBlank() ? null : errors.requiredDate("onsetDate", onset);
        if (onsetDate != null && onsetDate.isAfter(LocalDate.now(clock))) {
            errors.add("onsetDate", "cannot be in the future");
        }
        DiagnosisCode listed = null;
        if (checkedSystem != null && checkedCode != null) {
            listed = DiagnosisCodeList.find(checkedSystem.toUpperCase(Locale.ROOT).replace("-", ""), checkedCode)
                    .orElse(null);
            if (listed == null) {
                errors.add("code", checkedSystem + " " + checkedCode + " is not in the clinic's code list");
            }
        }
        errors.throwIfAny();
        long id = NewIds.next(em, Diagnosis.class);
        guard.authorize(patientId, AuditAction.CREATE, "Diagnosis/" + id, "diagnosis " + id + " added");
        if (primary) {
            current(patientId).stream().filter(Diagnosis::primary).forEach(Diagnosis::makeSecondary);
        }
        Diagnosis diagnosis = new Diagnosis(id, patientId, listed, primary, onsetDate, callers.current().username(),
                Clocks.nowUtc(clock));
        em.persist(diagnosis);
        return diagnosis;
    }

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public Diagnosis changeStatus(long patientId, long diagnosisId, long expectedVersion, String status) {
        FieldErrors errors = new FieldErrors();
        DiagnosisStatus newStatus = errors.requiredCode("status", status, DiagnosisStatus.class, DiagnosisStatus::code);
        errors.throwIfAny();
        Diagnosis diagnosis = em.find(Diagnosis.class, diagnosisId);
        if (diagnosis == null || diagnosis.patientId() != patientId) {
            throw new NotFoundException("No diagnosis " + diagnosisId + " for patient " + patientId);
        }
        guard.authorize(patientId, AuditAction.UPDATE, "Diagnosis/" + diagnosisId,
                "diagnosis " + diagnosisId + " status changed");
        if (diagnosis.version() != expectedVersion) {
            throw new ConflictException("The diagnosis was changed by someone else; reload and try again.");
        }
        diagnosis.changeStatus(newStatus);
        return diagnosis;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<Diagnosis> list(long patientId) {
        return list(guard.authorize(patientId, AuditAction.READ, "Diagnosis", "diagnoses listed"));
    }

    /** One diagnosis by its id (a FHIR Condition read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Diagnosis get(long diagnosisId) {
        Diagnosis diagnosis = em.find(Diagnosis.class, diagnosisId);
        if (diagnosis == null) {
            throw new NotFoundException("No diagnosis " + diagnosisId);
        }
        guard.authorize(diagnosis.patientId(), AuditAction.READ, "Diagnosis/" + diagnosisId, "diagnosis read");
        return diagnosis;
    }

    /** How many diagnoses the patient has, for the chart's section menu; the caller passed the guard. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public long count(AuthorizedPatient patient) {
        guard.confirm(patient);
        return PatientRows.count(em, Diagnosis.class, patient.id());
    }

    /** As {@link #list(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<Diagnosis> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return current(patientId);
    }

    /** The port for the care plan: the proof was checked and audited when it was issued. */
    @Override
    @PermitAll
    public List<ProblemList.Problem> problemsOf(AuthorizedPatient patient) {
        guard.confirm(patient);
        return current(patient.id()).stream().map(d -> new ProblemList.Problem(d.code(), d.title())).toList();
    }

    private List<Diagnosis> current(long patientId) {
        return em.createQuery("select d from Diagnosis d where d.patientId = :p order by d.primary desc, d.id",
                Diagnosis.class).setParameter("p", patientId).getResultList();
    }
}
