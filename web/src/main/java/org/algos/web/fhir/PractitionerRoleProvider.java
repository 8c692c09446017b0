package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.domain.common.Page;
import org.algos.domain.user.ClinicUser;
import org.algos.web.document.ClinicLetterhead;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;

/** {@code PractitionerRole}: each clinician's discipline in the clinic, read by id or searched by practitioner. */
@Dependent
public class PractitionerRoleProvider implements IResourceProvider {

    @Inject
    private StaffDirectory staff;

    @Inject
    private ClinicLetterhead clinic;

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Read
    public PractitionerRole read(@IdParam IdType id) {
        return staff.clinician(id.getIdPart()).map(u -> PractitionerMapping.role(u, clinic.phone().orElse(null)))
                .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + id.getValue()));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner,
                                  @Offset Integer offset, @Count Integer count) {
        int size = Fhir.pageSize(count);
        int page = Fhir.pageNumber(offset, size);
        Page<ClinicUser> found;
        if (practitioner == null) {
            found = staff.search(null, null, page, size);
        } else {
            List<ClinicUser> one = staff.clinician(practitioner.getIdPart()).stream().toList();
            found = new Page<>(one, 0, size, one.size());
        }
        return Fhir.page(found, u -> PractitionerMapping.role(u, clinic.phone().orElse(null)));
    }
}
