package org.algos.careplan.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.algos.careplan.conference.CaseConferences;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.Medications.ActiveMme;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.CarePlans.Detail;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.PatientCompartment;
import org.hl7.fhir.r4.model.Resource;

/**
 * The care plan slice in {@code Patient/$everything}: medications, today's MME, care plans, their
 * goals and the case conferences (none for a patient reading their own record: the conferences
 * are the team's, as the plans' tasks are).
 */
@Dependent
public class CareplanCompartment implements PatientCompartment {

    @Inject
    private Medications medications;

    @Inject
    private CarePlans plans;

    @Inject
    private CaseConferences conferences;

    @Override
    public String contents() {
        return "medications and MME, care plans and goals, case conferences";
    }

    @Override
    public List<Resource> resourcesOf(AuthorizedPatient patient) {
        List<Resource> resources = new ArrayList<>();
        ActiveMme mme = medications.activeMme(patient);
        medications.list(patient).forEach(m -> resources.add(MedicationRequestMapping.toFhir(m, mme.day())));
        resources.add(MmeMapping.toFhir(patient.id(), mme));
        for (Detail detail : plans.details(patient)) {
            resources.add(CarePlanMapping.toFhir(detail));
            resources.addAll(GoalMapping.ofPlan(detail));
        }
        conferences.list(patient).forEach(c -> resources.add(CommunicationMapping.toFhir(c)));
        return resources;
    }
}
