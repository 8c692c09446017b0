package org.algos.intervention.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * {@code ServiceRequest}: a booked procedure read by id, and a patient's bookings searched by
 * {@code patient} with an optional {@code status}. Only bookings still to be done are served, all
 * {@code active}; a done or cancelled one is its {@code Procedure}.
 */
@Dependent
public class ServiceRequestProvider implements IResourceProvider {

    @Inject
    private BookedProcedures booked;

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return booked.read(Fhir.idOf(id));
    }

    @Search
    public List<ServiceRequest> search(@RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
                                       @OptionalParam(name = ServiceRequest.SP_STATUS) TokenParam status) {
        return booked.search(Fhir.patientOf(patient)).stream()
                .filter(s -> status == null || Fhir.matches(status, s.getStatus().getSystem(), s.getStatus().toCode()))
                .toList();
    }
}
