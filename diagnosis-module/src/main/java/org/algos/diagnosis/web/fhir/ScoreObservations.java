package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ObservationSource;
import org.hl7.fhir.r4.model.Observation;

/** The questionnaire scores as Observations ({@code Observation/score-<assessment id>}). */
@Dependent
public class ScoreObservations implements ObservationSource {

    @Inject
    private Assessments assessments;

    @Override
    public Optional<Observation> read(String id) {
        if (id == null || !id.startsWith(ScoreMapping.OBSERVATION_PREFIX)) {
            return Optional.empty();
        }
        long assessmentId;
        try {
            assessmentId = Long.parseLong(id.substring(ScoreMapping.OBSERVATION_PREFIX.length()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        Assessment a = assessments.get(assessmentId);
        return Optional.of(ScoreMapping.observation(a));
    }

    @Override
    public List<Observation> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return assessments.histories(patient, InstrumentCatalogue.codes()).values().stream().flatMap(List::stream)
                .map(point -> ScoreMapping.observation(point.assessment()))
                .filter(o -> Fhir.matches(o, code, date)).toList();
    }
}
