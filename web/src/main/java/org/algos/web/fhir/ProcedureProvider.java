package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ProcedureSource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;

/**
 * {@code Procedure}, assembled from the slices' {@link ProcedureSource}s (diagnostic blocks,
 * interventions): read by id, and a patient's procedures by {@code code} and {@code date}
 * (when performed), newest first.
 */
@Dependent
public class ProcedureProvider implements IResourceProvider {

    @Inject
    @Any
    private Instance<ProcedureSource> sources;

    @Inject
    private ProcedureSearch search;

    @Override
    public Class<Procedure> getResourceType() {
        return Procedure.class;
    }

    @Read
    public Procedure read(@IdParam IdType id) {
        for (ProcedureSource source : sources) {
            Optional<Procedure> found = source.read(id.getIdPart());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ResourceNotFoundException("No such resource: " + id.getValue());
    }

    @Search
    public List<Procedure> search(@RequiredParam(name = Procedure.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Procedure.SP_CODE) TokenParam code,
                                  @OptionalParam(name = Procedure.SP_DATE) DateRangeParam date) {
        return search.search(Fhir.patientOf(patient), code, date);
    }
}
