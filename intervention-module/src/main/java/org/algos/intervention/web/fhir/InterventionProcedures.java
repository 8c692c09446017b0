package org.algos.intervention.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.fhir.ProcedureSource;
import org.hl7.fhir.r4.model.Procedure;

/** The interventions as Procedures ({@code Procedure/<record id>}: the id is all digits). */
@Dependent
public class InterventionProcedures implements ProcedureSource {

    @Inject
    private Procedures procedures;

    @Override
    public Optional<Procedure> read(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(ProcedureMapping.procedure(procedures.get(Long.parseLong(id)).procedure()));
    }

    @Override
    public List<Procedure> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return procedures.history(patient).stream().map(listed -> ProcedureMapping.procedure(listed.procedure()))
                .filter(p -> ProcedureSource.matches(p, code, date)).toList();
    }
}
