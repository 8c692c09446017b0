package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;

/** {@code Provenance}: who wrote what in a patient's record, from the audit trail; read, or searched by {@code patient}, paged in the database. */
@Dependent
public class ProvenanceProvider implements IResourceProvider {

    @Inject
    private ProvenanceSearch provenance;

    @Override
    public Class<Provenance> getResourceType() {
        return Provenance.class;
    }

    @Read
    public Provenance read(@IdParam IdType id) {
        return provenance.read(Fhir.idOf(id));
    }

    @Search
    public IBundleProvider search(@RequiredParam(name = Provenance.SP_PATIENT) ReferenceParam patient,
                                  @Offset Integer offset, @Count Integer count) {
        int size = Fhir.pageSize(count);
        return Fhir.page(provenance.search(Fhir.patientOf(patient), Fhir.pageNumber(offset, size), size),
                Function.identity());
    }
}
