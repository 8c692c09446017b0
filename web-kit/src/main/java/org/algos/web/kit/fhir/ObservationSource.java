package org.algos.web.kit.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import java.util.Optional;
import org.algos.domain.access.AuthorizedPatient;
import org.hl7.fhir.r4.model.Observation;

/**
 * Observations come from several slices (questionnaire scores, pain assessments, block relief,
 * MME) while HAPI takes one provider per resource type: each slice implements this port for its
 * own observations, and the FHIR server's one Observation provider asks them all.
 */
public interface ObservationSource {

    /** The observation with this id, when the id is one of this source's; empty otherwise. */
    Optional<Observation> read(String id);

    /**
     * A patient's observations of this source, filtered by code and date when given; read with the
     * proof of the search's one access check, inside its transaction.
     */
    List<Observation> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date);
}
