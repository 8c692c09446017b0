package org.algos.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.access.RecordHistory;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.ProvenanceTargets;
import org.hl7.fhir.r4.model.Provenance;

/**
 * Provenance reads and searches: the patient's record history under one access check (the same
 * rule as the record itself) and one audit event, in one transaction.
 */
@Stateless
@RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
        Role.PATIENT_ROLE, Role.ADMIN_ROLE})
public class ProvenanceSearch {

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private RecordHistory history;

    @Inject
    @Any
    private Instance<ProvenanceTargets> slices;

    public Page<Provenance> search(long patientId, int page, int size) {
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.SEARCH, "Provenance",
                "FHIR record history searched");
        Map<String, String> targets = targets();
        return history.writes(patient, page, size).map(e -> ProvenanceMapping.toFhir(e, targets));
    }

    public Provenance read(long id) {
        long patientId = history.patientOfWrite(id)
                .orElseThrow(() -> new NotFoundException("No such resource: Provenance/" + id));
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.READ, "Provenance/" + id,
                "FHIR record history read");
        return ProvenanceMapping.toFhir(history.write(patient, id), targets());
    }

    private Map<String, String> targets() {
        Map<String, String> all = new HashMap<>();
        slices.forEach(slice -> all.putAll(slice.prefixes()));
        return all;
    }
}
