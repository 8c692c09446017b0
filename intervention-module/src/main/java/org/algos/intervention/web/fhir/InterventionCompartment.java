package org.algos.intervention.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.fhir.PatientCompartment;
import org.algos.web.kit.fhir.StaffNames;
import org.hl7.fhir.r4.model.Resource;

/**
 * The intervention slice in {@code Patient/$everything}: each procedure with its relief
 * observations, and the bookings still to be done as ServiceRequests with their eligibility findings.
 */
@Dependent
public class InterventionCompartment implements PatientCompartment {

    @Inject
    private Procedures procedures;

    @Inject
    private BookedProcedures booked;

    @Inject
    private StaffNames names;

    @Override
    public String contents() {
        return "procedures, their relief and follow-ups, bookings with their eligibility";
    }

    @Override
    public List<Resource> resourcesOf(AuthorizedPatient patient) {
        List<Resource> resources = new ArrayList<>();
        procedures.history(patient).forEach(listed -> {
            resources.add(ProcedureMapping.procedure(listed.procedure()));
            resources.addAll(ReliefMapping.observations(listed.procedure(), listed.followUps(), names));
        });
        resources.addAll(booked.of(patient));
        return resources;
    }
}
