package org.algos.careplan.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.careplan.plan.CarePlans;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code Goal}: a care plan's goal read by id, and all goals of a patient's plans searched by
 * {@code patient} with an optional {@code lifecycle-status}. Goals are read with their plan, whose
 * status their lifecycle depends on.
 */
@Dependent
public class GoalProvider implements IResourceProvider {

    @Inject
    private CarePlans plans;

    @Override
    public Class<Goal> getResourceType() {
        return Goal.class;
    }

    @Read
    public Goal read(@IdParam IdType id) {
        long goalId = Fhir.idOf(id);
        String wanted = "Goal/" + goalId;
        return GoalMapping.ofPlan(plans.detailOfGoal(goalId)).stream().filter(g -> g.getId().equals(wanted)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + id.getValue()));
    }

    @Search
    public List<Goal> search(@RequiredParam(name = Goal.SP_PATIENT) ReferenceParam patient,
                             @OptionalParam(name = Goal.SP_LIFECYCLE_STATUS) TokenParam lifecycleStatus) {
        return plans.details(Fhir.patientOf(patient)).stream().flatMap(detail -> GoalMapping.ofPlan(detail).stream())
                .filter(g -> lifecycleStatus == null || Fhir.matches(lifecycleStatus,
                        g.getLifecycleStatus().getSystem(), g.getLifecycleStatus().toCode()))
                .toList();
    }
}
