package org.algos.careplan.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.careplan.medication.Medications;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ObservationSource;
import org.hl7.fhir.r4.model.Observation;

/** Today's MME per day as an Observation ({@code Observation/mme-<patient id>}). */
@Dependent
public class MmeObservations implements ObservationSource {

    @Inject
    private Medications medications;

    @Override
    public Optional<Observation> read(String id) {
        if (id == null || !id.matches(MmeMapping.PREFIX + "[0-9]{1,18}")) {
            return Optional.empty();
        }
        long patientId = Long.parseLong(id.substring(MmeMapping.PREFIX.length()));
        return Optional.of(MmeMapping.toFhir(patientId, medications.activeMme(patientId)));
    }

    @Override
    public List<Observation> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return List.of(MmeMapping.toFhir(patient.id(), medications.activeMme(patient))).stream()
                .filter(o -> Fhir.matches(o, code, date)).toList();
    }
}
