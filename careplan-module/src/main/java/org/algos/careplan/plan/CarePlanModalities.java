package org.algos.careplan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * The modalities of a care plan. Each discipline edits its own ({@link ModalityPermissions}); the
 * responsible clinician is on the patient's care team.
 */
@Stateless
public class CarePlanModalities {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;


    @Inject
    private CareTeam careTeam;

    @Inject
    private Clock clock;

    /** A new modality as entered; the status defaults to planned. */
    public record Entry(String discipline, String details, String frequency, String responsible, String status) {
    }

    /** A change of a modality: null parts stay as they are; an empty details text clears them. */
    public record Change(String details, String frequency, String responsible, String status) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public CarePlanModality add(long patientId, long planId, Entry entry) {
        FieldErrors errors = new FieldErrors();
        Discipline discipline = null;
        if (entry.discipline() == null || entry.discipline().isBlank()) {
            errors.add("discipline", "is required");
        } else {
            discipline = Discipline.fromCode(entry.discipline()).orElse(null);
            if (discipline == null) {
                errors.add("discipline", "must be one of " + Discipline.allowed());
            }
        }
        String details = errors.optionalText("details", entry.details(), 1000);
        String frequency = errors.requiredText("frequency", entry.frequency(), 200);
        String responsible = errors.requiredText("responsible", entry.responsible(), 100);
        ModalityStatus status = entry.status() == null || entry.status().isBlank() ? ModalityStatus.PLANNED
                : errors.requiredCode("status", entry.status(), ModalityStatus.class, ModalityStatus::code);
        errors.throwIfAny();
        long id = NewIds.next(em, CarePlanModality.class);
        requireDiscipline(patientId, AuditAction.CREATE, "CarePlanModality/" + id, discipline);
        guard.authorize(patientId, AuditAction.CREATE, "CarePlanModality/" + id, "care plan " + planId + " modality "
                + id + " added");
        CarePlan plan = PlanLookup.openPlan(em, patientId, planId);
        requireOnTeam(patientId, responsible);
        CarePlanModality modality = new CarePlanModality(id, plan, discipline, details, frequency, responsible, status,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(modality);
        return modality;
    }

    /** Changes details, frequency, responsible clinician or status; {@code expectedVersion} as read. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public CarePlanModality update(long patientId, long planId, long modalityId, long expectedVersion, Change change) {
        FieldErrors errors = new FieldErrors();
        String details = change.details() == null ? null
                : change.details().isBlank() ? "" : errors.optionalText("details", change.details(), 1000);
        String frequency = change.frequency() == null ? null
                : errors.requiredText("frequency", change.frequency(), 200);
        String responsible = change.responsible() == null ? null
                : errors.requiredText("responsible", change.responsible(), 100);
        ModalityStatus status = change.status() == null ? null
                : errors.requiredCode("status", change.status(), ModalityStatus.class, ModalityStatus::code);
        if (errors.isEmpty() && details == null && frequency == null && responsible == null && status == null) {
            errors.add("body", "nothing to change: give details, frequency, responsible or status");
        }
        errors.throwIfAny();
        CarePlanModality modality = em.find(CarePlanModality.class, modalityId);
        boolean found = modality != null && modality.patientId() == patientId && modality.carePlanId() == planId;
        if (found) {
            requireDiscipline(patientId, AuditAction.UPDATE, "CarePlanModality/" + modalityId, modality.discipline());
        }
        guard.authorize(patientId, AuditAction.UPDATE, "CarePlanModality/" + modalityId,
                "care plan " + planId + " modality " + modalityId + " updated");
        PlanLookup.openPlan(em, patientId, planId);
        if (!found) {
            throw new NotFoundException("No modality " + modalityId + " in care plan " + planId);
        }
        if (modality.version() != expectedVersion) {
            throw new ConflictException("The modality was changed by someone else (version " + modality.version()
                    + ", you read " + expectedVersion + "); reload and apply your change again.");
        }
        if (responsible != null) {
            requireOnTeam(patientId, responsible);
        }
        modality.revise(details, frequency, responsible, status, callers.current().username(), Clocks.nowUtc(clock));
        em.flush();
        return modality;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<CarePlanModality> list(long patientId, long planId) {
        guard.authorize(patientId, AuditAction.READ, "CarePlanModality", "modalities of care plan " + planId + " listed");
        PlanLookup.plan(em, patientId, planId);
        return PlanLookup.modalities(em, planId);
    }

    /**
     * Refuses, and audits the refusal, when the caller's discipline may not edit this kind of
     * modality. Checked before the care-team guard, so a refused attempt is not also recorded as
     * a permitted one.
     */
    private void requireDiscipline(long patientId, AuditAction action, String resource, Discipline discipline) {
        Caller caller = callers.current();
        if (ModalityPermissions.mayEdit(caller.role(), discipline)) {
            return;
        }
        throw guard.refuse(patientId, action, resource, ModalityPermissions.refusal(caller.role(), discipline));
    }

    private void requireOnTeam(long patientId, String username) {
        if (!careTeam.isMember(patientId, username)) {
            throw InvalidInputException.of("responsible", username + " is not on the patient's care team");
        }
    }

}
