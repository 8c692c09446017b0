package org.algos.intervention.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Role;
import org.algos.intervention.procedure.FoundProcedure;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.fhir.StaffNames;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Bookings as ServiceRequests with their eligibility findings: the booking, the patient's other
 * procedures and the rules' facts are read in one transaction, under the one access check that
 * the read or the search made (the findings' reads take its proof).
 */
@Stateless
public class BookedProcedures {

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private Procedures procedures;

    @Inject
    private StaffNames names;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public ServiceRequest read(long procedureId) {
        FoundProcedure found = procedures.get(procedureId);
        if (!ServiceRequestMapping.isBooked(found.procedure())) {
            throw new NotFoundException("ServiceRequest/" + procedureId + " is no booking still to be done; "
                    + "see Procedure/" + procedureId);
        }
        return of(found.patient(), found.procedure(), others(found.patient()));
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<ServiceRequest> search(long patientId) {
        return of(guard.authorize(patientId, AuditAction.SEARCH, "ServiceRequest", "FHIR service requests searched"));
    }

    /** The patient's bookings, for a caller that passed the guard already ({@code $everything}). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<ServiceRequest> of(AuthorizedPatient patient) {
        List<ProcedureRecord> all = others(patient);
        return all.stream().filter(ServiceRequestMapping::isBooked).map(r -> of(patient, r, all)).toList();
    }

    private ServiceRequest of(AuthorizedPatient patient, ProcedureRecord booked, List<ProcedureRecord> all) {
        return ServiceRequestMapping.serviceRequest(booked, procedures.eligibilityOf(patient, booked), all, names);
    }

    private List<ProcedureRecord> others(AuthorizedPatient patient) {
        return procedures.history(patient).stream().map(Procedures.Listed::procedure).toList();
    }
}
