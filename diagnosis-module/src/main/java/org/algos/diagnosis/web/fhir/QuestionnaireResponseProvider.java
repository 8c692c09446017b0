package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * {@code QuestionnaireResponse}: each stored assessment's answers, read by id or searched by
 * patient; and created, which stores a new assessment.
 */
@Dependent
public class QuestionnaireResponseProvider implements IResourceProvider {

    @Inject
    private Assessments assessments;

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
        return ScoreMapping.response(assessments.get(Fhir.idOf(id)));
    }

    /**
     * A completed questionnaire from a patient app or a kiosk: checked against its Questionnaire
     * (each item once, an integer in the item's range), stored and scored as an assessment entered
     * in the portal would be; the answer carries the score Observation, the Location the response.
     */
    @Create
    public MethodOutcome create(@ResourceParam QuestionnaireResponse response) {
        String instrument = ResponseReading.instrumentOf(response);
        Assessment stored = assessments.record(ResponseReading.patientOf(response), instrument,
                ResponseReading.answersOf(response, instrument), ResponseReading.authoredOf(response));
        return new MethodOutcome(new IdType("QuestionnaireResponse", stored.id()), true)
                .setResource(ScoreMapping.observation(stored));
    }

    @Search
    public List<QuestionnaireResponse> search(
            @RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient) {
        return assessments.histories(Fhir.patientOf(patient), InstrumentCatalogue.codes()).values().stream()
                .flatMap(List::stream)
                .map(point -> ScoreMapping.response(point.assessment())).toList();
    }
}
