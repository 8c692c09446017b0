package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.domain.careteam.CareTeam;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;

/** {@code CareTeam}: each patient's team, read as {@code CareTeam/<patient id>} or searched by {@code patient}. */
@Dependent
public class CareTeamProvider implements IResourceProvider {

    @Inject
    private CareTeam careTeam;

    @Override
    public Class<org.hl7.fhir.r4.model.CareTeam> getResourceType() {
        return org.hl7.fhir.r4.model.CareTeam.class;
    }

    @Read
    public org.hl7.fhir.r4.model.CareTeam read(@IdParam IdType id) {
        long patientId = Fhir.idOf(id);
        return CareTeamMapping.toFhir(patientId, careTeam.members(patientId));
    }

    @Search
    public List<org.hl7.fhir.r4.model.CareTeam> search(
            @RequiredParam(name = org.hl7.fhir.r4.model.CareTeam.SP_PATIENT) ReferenceParam patient) {
        long patientId = Fhir.patientOf(patient);
        return List.of(CareTeamMapping.toFhir(patientId, careTeam.members(patientId)));
    }
}
