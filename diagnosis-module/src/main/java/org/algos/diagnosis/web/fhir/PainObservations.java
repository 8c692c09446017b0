package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ObservationSource;
import org.hl7.fhir.r4.model.Observation;

/** Pain assessments as Observations ({@code Observation/pain-<id>}, and {@code pain-<id>-<n>} per marked region). */
@Dependent
public class PainObservations implements ObservationSource {

    @Inject
    private PainAssessments pain;

    @Override
    public Optional<Observation> read(String id) {
        if (id == null || !id.matches(PainMapping.PREFIX + "[0-9]{1,18}(-[0-9]{1,4})?")) {
            return Optional.empty();
        }
        String[] parts = id.substring(PainMapping.PREFIX.length()).split("-");
        String wanted = "Observation/" + id;
        return PainMapping.observations(pain.get(Long.parseLong(parts[0]))).stream()
                .filter(o -> o.getId().equals(wanted)).findFirst();
    }

    @Override
    public List<Observation> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return pain.history(patient).stream().flatMap(point -> PainMapping.observations(point).stream())
                .filter(o -> Fhir.matches(o, code, date)).toList();
    }
}
