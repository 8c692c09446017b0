package org.algos.diagnosis.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.PatientCompartment;
import org.hl7.fhir.r4.model.Resource;

/**
 * The diagnosis slice in {@code Patient/$everything}: conditions, questionnaire responses and their
 * scores, pain assessments, diagnostic blocks and their relief.
 */
@Dependent
public class DiagnosisCompartment implements PatientCompartment {

    @Inject
    private Diagnoses diagnoses;

    @Inject
    private Assessments assessments;

    @Inject
    private PainAssessments pain;

    @Inject
    private BlockResources blocks;

    @Override
    public String contents() {
        return "diagnoses, questionnaires and scores, pain assessments, diagnostic blocks";
    }

    @Override
    public List<Resource> resourcesOf(AuthorizedPatient patient) {
        List<Resource> resources = new ArrayList<>();
        diagnoses.list(patient).forEach(d -> resources.add(ConditionMapping.toFhir(d)));
        assessments.histories(patient, InstrumentCatalogue.codes()).values().forEach(points -> points.forEach(point -> {
            Assessment a = point.assessment();
            resources.add(ScoreMapping.response(a));
            resources.add(ScoreMapping.observation(a));
        }));
        pain.history(patient).forEach(point -> resources.addAll(PainMapping.observations(point)));
        resources.addAll(blocks.of(patient));
        return resources;
    }
}
