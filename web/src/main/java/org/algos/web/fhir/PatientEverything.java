package org.algos.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.PatientCompartment;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code Patient/$everything}: one access check, one transaction and one audit event naming what
 * was read, then every slice's {@link PatientCompartment} with the check's proof.
 */
@Stateless
public class PatientEverything {

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private PatientRegistry patients;

    @Inject
    private PatientMapping mapping;

    @Inject
    private CareTeam careTeam;

    @Inject
    @Any
    private Instance<PatientCompartment> compartments;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<Resource> of(long patientId) {
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.READ, "Patient/$everything",
                "FHIR $everything: " + contents());
        return recordOf(patient);
    }

    /** What the record holds, for the audit events of the reads that take all of it. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public String contents() {
        List<PatientCompartment> parts = new ArrayList<>();
        compartments.forEach(parts::add);
        return "patient, care team, " + parts.stream().map(PatientCompartment::contents)
                .collect(Collectors.joining(", "));
    }

    /** The patient's whole record as FHIR resources, for a caller that passed the guard already. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<Resource> recordOf(AuthorizedPatient patient) {
        List<Resource> resources = new ArrayList<>();
        resources.add(mapping.toFhir(patients.read(patient)));
        resources.add(CareTeamMapping.toFhir(patient.id(), careTeam.members(patient)));
        compartments.forEach(part -> resources.addAll(part.resourcesOf(patient)));
        return resources;
    }
}
