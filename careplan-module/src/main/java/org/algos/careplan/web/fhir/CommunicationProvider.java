package org.algos.careplan.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.careplan.conference.CaseConferences;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code Communication}: a case conference read by id, and a patient's conferences searched by
 * {@code patient}. Clinicians and administrators only, as in the portal: a patient is refused.
 */
@Dependent
public class CommunicationProvider implements IResourceProvider {

    @Inject
    private CaseConferences conferences;

    @Override
    public Class<Communication> getResourceType() {
        return Communication.class;
    }

    @Read
    public Communication read(@IdParam IdType id) {
        return CommunicationMapping.toFhir(conferences.get(Fhir.idOf(id)));
    }

    @Search
    public List<Communication> search(@RequiredParam(name = Communication.SP_PATIENT) ReferenceParam patient) {
        return conferences.list(Fhir.patientOf(patient)).stream().map(CommunicationMapping::toFhir).toList();
    }
}
