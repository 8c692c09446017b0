package org.algos.web.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
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
import java.util.Set;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Includes;
import org.algos.web.kit.fhir.ObservationSource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;

/**
 * {@code Observation}, assembled from the slices' {@link ObservationSource}s: read by id, and a
 * patient's observations by {@code code}, {@code date} and {@code category}, newest first, with
 * the patient when asked ({@code _include=Observation:patient}).
 */
@Dependent
public class ObservationProvider implements IResourceProvider {

    @Inject
    @Any
    private Instance<ObservationSource> sources;

    @Inject
    private ObservationSearch search;

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id) {
        for (ObservationSource source : sources) {
            Optional<Observation> found = source.read(id.getIdPart());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ResourceNotFoundException("No such resource: " + id.getValue());
    }

    @Search
    public List<Observation> search(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                    @OptionalParam(name = Observation.SP_CODE) TokenParam code,
                                    @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
                                    @OptionalParam(name = Observation.SP_CATEGORY) TokenParam category,
                                    @IncludeParam(allow = {"Observation:patient", "Observation:subject"})
                                    Set<Include> include) {
        ObservationSearch.Found found = search.search(Fhir.patientOf(patient), code, date,
                Includes.wantPatient(include));
        List<Observation> matching = found.observations().stream()
                .filter(o -> category == null || o.getCategory().stream().anyMatch(c -> Fhir.matches(category, c)))
                .toList();
        return found.patient() == null ? matching : Includes.attach(matching, found.patient());
    }
}
