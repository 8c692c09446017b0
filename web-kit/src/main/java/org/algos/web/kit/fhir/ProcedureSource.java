package org.algos.web.kit.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import java.util.Optional;
import org.algos.domain.access.AuthorizedPatient;
import org.hl7.fhir.r4.model.Procedure;

/**
 * Procedures come from two slices (diagnostic blocks, interventions) while HAPI takes one provider
 * per resource type: each slice implements this port for its own procedures, and the FHIR
 * server's one Procedure provider asks them all, as it does {@link ObservationSource}s.
 */
public interface ProcedureSource {

    /** The procedure with this id, when the id is one of this source's; empty otherwise. */
    Optional<Procedure> read(String id);

    /**
     * A patient's procedures of this source, filtered by code and date when given; read with the
     * proof of the search's one access check, inside its transaction.
     */
    List<Procedure> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date);

    /**
     * Whether a procedure answers a search's {@code code} and {@code date}, when given. The date is
     * when it was performed: a procedure not yet done (or not done) has none and matches no date.
     */
    static boolean matches(Procedure procedure, TokenParam code, DateRangeParam date) {
        return Fhir.matches(code, procedure.getCode()) && (date == null || procedure.hasPerformedDateTimeType()
                && Fhir.within(date, procedure.getPerformedDateTimeType().getValue()));
    }
}
