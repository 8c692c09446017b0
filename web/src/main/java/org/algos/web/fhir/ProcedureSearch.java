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
import java.util.Date;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.ProcedureSource;
import org.hl7.fhir.r4.model.Procedure;

/**
 * A Procedure search over every slice's source: one access check, one audit event, one
 * transaction. Newest performed first; those not performed (booked, cancelled) come before them.
 */
@Stateless
public class ProcedureSearch {

    @Inject
    private PatientAccessGuard guard;

    @Inject
    @Any
    private Instance<ProcedureSource> sources;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<Procedure> search(long patientId, TokenParam code, DateRangeParam date) {
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.SEARCH, "Procedure",
                "FHIR procedures searched" + (code == null ? "" : " (" + code.getValueNotNull() + ")"));
        List<Procedure> found = new ArrayList<>();
        sources.forEach(source -> found.addAll(source.search(patient, code, date)));
        found.sort(Comparator.comparing(ProcedureSearch::performed,
                Comparator.nullsFirst(Comparator.<Date>reverseOrder())));
        return found;
    }

    private static Date performed(Procedure procedure) {
        return procedure.hasPerformedDateTimeType() ? procedure.getPerformedDateTimeType().getValue() : null;
    }
}
