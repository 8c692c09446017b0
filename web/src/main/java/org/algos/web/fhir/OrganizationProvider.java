package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.web.document.ClinicLetterhead;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;

/**
 * {@code Organization/clinic}: the clinic that runs this server ({@code algos.clinic.name}), the
 * managing organization of its patients' records. It holds no patient data and any signed-in
 * caller may read it.
 */
@Dependent
public class OrganizationProvider implements IResourceProvider {

    static final String ID = "clinic";
    static final String US_CORE_ORGANIZATION = Fhir.US_CORE + "us-core-organization";

    @Inject
    private ClinicLetterhead clinic;

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
        if (!ID.equals(id.getIdPart())) {
            throw new ResourceNotFoundException("No such resource: " + id.getValue());
        }
        return clinic();
    }

    @Search
    public List<Organization> search() {
        return List.of(clinic());
    }

    private Organization clinic() {
        Organization clinic = new Organization();
        clinic.setId("Organization/" + ID);
        clinic.getMeta().addProfile(US_CORE_ORGANIZATION);
        clinic.setActive(true).setName(this.clinic.name());
        this.clinic.phone().ifPresent(p -> clinic.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p).setUse(ContactPoint.ContactPointUse.WORK));
        return clinic;
    }
}
