package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;

/** {@code Practitioner}: the clinic's clinicians, read by id or searched by name or user name, paged in the database. */
@Dependent
public class PractitionerProvider implements IResourceProvider {

    @Inject
    private StaffDirectory staff;

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        return staff.clinician(id.getIdPart()).map(PractitionerMapping::practitioner)
                .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + id.getValue()));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Practitioner.SP_NAME) StringParam name,
                                  @OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
                                  @Offset Integer offset, @Count Integer count) {
        if (identifier != null && identifier.getSystem() != null
                && !identifier.getSystem().equals(PractitionerMapping.USERS)) {
            return new SimpleBundleProvider(); // no other identifiers are kept
        }
        int size = Fhir.pageSize(count);
        return Fhir.page(staff.search(name == null ? null : name.getValue(),
                identifier == null ? null : identifier.getValue(), Fhir.pageNumber(offset, size), size),
                PractitionerMapping::practitioner);
    }
}
