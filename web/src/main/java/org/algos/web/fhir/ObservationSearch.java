package org.algos.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.ObservationSource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

/** An Observation search over every slice's source: one access check, one audit event, one transaction. */
@Stateless
public class ObservationSearch {

    @Inject
    private PatientAccessGuard guard;

    @Inject
    @Any
    private Instance<ObservationSource> sources;

    @Inject
    private PatientRegistry patients;

    @Inject
    private PatientMapping mapping;

    /** The observations, and the patient when the search includes it (read under the same check). */
    public record Found(List<Observation> observations, Patient patient) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Found search(long patientId, TokenParam code, DateRangeParam date, boolean withPatient) {
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.SEARCH, "Observation",
                "FHIR observations searched" + (code == null ? "" : " (" + code.getValueNotNull() + ")"));
        List<Observation> found = new ArrayList<>();
        sources.forEach(source -> found.addAll(source.search(patient, code, date)));
        found.sort(Comparator.comparing((Observation o) -> o.getEffectiveDateTimeType().getValue()).reversed());
        return new Found(found, withPatient ? mapping.toFhir(patients.read(patient)) : null);
    }
}
