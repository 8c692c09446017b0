package org.algos.intervention.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.intervention.procedure.FoundProcedure;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ObservationSource;
import org.algos.web.kit.fhir.StaffNames;
import org.hl7.fhir.r4.model.Observation;

/**
 * The relief of interventions as Observations: {@code Observation/procedure-<id>-relief} and
 * {@code procedure-<id>-follow-up-<follow-up id>}, read through their procedure.
 */
@Dependent
public class InterventionObservations implements ObservationSource {

    private static final Pattern OURS =
            Pattern.compile(ReliefMapping.PREFIX + "([0-9]{1,18})-(relief|follow-up-[0-9]{1,18})");

    @Inject
    private Procedures procedures;

    @Inject
    private StaffNames names;

    @Override
    public Optional<Observation> read(String id) {
        Matcher ours = id == null ? null : OURS.matcher(id);
        if (ours == null || !ours.matches()) {
            return Optional.empty();
        }
        FoundProcedure found = procedures.get(Long.parseLong(ours.group(1)));
        String wanted = "Observation/" + id;
        return ReliefMapping.observations(found.procedure(), found.followUps(), names).stream()
                .filter(o -> o.getId().equals(wanted)).findFirst();
    }

    @Override
    public List<Observation> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return procedures.history(patient).stream()
                .flatMap(listed -> ReliefMapping.observations(listed.procedure(), listed.followUps(), names).stream())
                .filter(o -> Fhir.matches(o, code, date)).toList();
    }
}
