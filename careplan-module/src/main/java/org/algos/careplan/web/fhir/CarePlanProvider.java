package org.algos.careplan.web.fhir;

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
import org.algos.careplan.plan.CarePlans;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code CarePlan}: a plan with its goals, modalities and tasks read by id, and a patient's plans
 * searched by {@code patient} with an optional {@code status}. A patient has a few plans: they
 * are read whole, then filtered.
 */
@Dependent
public class CarePlanProvider implements IResourceProvider {

    @Inject
    private CarePlans plans;

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        return CarePlanMapping.toFhir(plans.detail(Fhir.idOf(id)));
    }

    @Search
    public List<CarePlan> search(@RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
                                 @OptionalParam(name = CarePlan.SP_STATUS) TokenParam status) {
        return plans.details(Fhir.patientOf(patient)).stream().map(CarePlanMapping::toFhir)
                .filter(c -> status == null || Fhir.matches(status, c.getStatus().getSystem(), c.getStatus().toCode()))
                .toList();
    }
}
