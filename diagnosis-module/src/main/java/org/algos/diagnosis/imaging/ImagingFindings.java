package org.algos.diagnosis.imaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.persistence.PatientRows;
import org.algos.domain.user.Role;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.SpinalSegment;

/** Imaging findings of a patient; physicians record them from the report. */
@Stateless
public class ImagingFindings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** A finding as entered, before checking. */
    public record Entry(String modality, String studyDate, String finding, List<String> levels, String side,
                        String reportText) {
    }

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public ImagingFinding add(long patientId, Entry entry) {
        FieldErrors errors = new FieldErrors();
        Modality modality = errors.requiredCode("modality", entry.modality(), Modality.class, Modality::code);
        LocalDate date = errors.requiredDate("studyDate", entry.studyDate());
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            errors.add("studyDate", "cannot be in the future");
        }
        FindingKind finding = errors.requiredCode("finding", entry.finding(), FindingKind.class, FindingKind::code);
        Laterality side = entry.side() == null || entry.side().isBlank() ? null
                : errors.requiredCode("side", entry.side(), Laterality.class, Laterality::code);
        List<String> levels = new ArrayList<>();
        for (String level : entry.levels() == null ? List.<String>of() : entry.levels()) {
            try {
                levels.add(SpinalSegment.parse(level == null ? null : level.strip().toUpperCase(Locale.ROOT)).toString());
            } catch (IllegalArgumentException e) {
                errors.add("levels", e.getMessage());
            }
        }
        String report = entry.reportText() == null ? null : entry.reportText().strip();
        if (report != null && report.length() > 4000) {
            errors.add("reportText", "must be at most 4000 characters");
        }
        if (finding == FindingKind.OTHER && (report == null || report.isEmpty())) {
            errors.add("reportText", "is required when the finding is 'other'");
        }
        errors.throwIfAny();
        long id = NewIds.next(em, ImagingFinding.class);
        guard.authorize(patientId, AuditAction.CREATE, "ImagingFinding/" + id, "imaging finding " + id + " recorded");
        ImagingFinding imaging = new ImagingFinding(id, patientId, modality, date, finding, levels, side, report,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(imaging);
        return imaging;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<ImagingFinding> list(long patientId) {
        return list(guard.authorize(patientId, AuditAction.READ, "ImagingFinding", "imaging findings listed"));
    }

    /** How many imaging findings the patient has, for the chart's section menu; the caller passed the guard. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public long count(AuthorizedPatient patient) {
        guard.confirm(patient);
        return PatientRows.count(em, ImagingFinding.class, patient.id());
    }

    /** As {@link #list(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<ImagingFinding> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return em.createQuery("select f from ImagingFinding f where f.patientId = :p order by f.studyDate desc, f.id",
                ImagingFinding.class).setParameter("p", patientId).getResultList();
    }
}
