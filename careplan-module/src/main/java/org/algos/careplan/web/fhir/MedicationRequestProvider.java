package org.algos.careplan.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.medication.Medications;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationRequest;

/**
 * {@code MedicationRequest}: an entry of the medication list read by id, and a patient's list
 * searched by {@code patient} with optional {@code status} and {@code intent}. A patient takes a
 * handful of drugs: the list is read whole, then filtered.
 */
@Dependent
public class MedicationRequestProvider implements IResourceProvider {

    @Inject
    private Medications medications;

    @Inject
    private Clock clock;

    @Override
    public Class<MedicationRequest> getResourceType() {
        return MedicationRequest.class;
    }

    @Read
    public MedicationRequest read(@IdParam IdType id) {
        return MedicationRequestMapping.toFhir(medications.get(Fhir.idOf(id)), LocalDate.now(clock));
    }

    @Search
    public List<MedicationRequest> search(@RequiredParam(name = MedicationRequest.SP_PATIENT) ReferenceParam patient,
                                          @OptionalParam(name = MedicationRequest.SP_STATUS) TokenParam status,
                                          @OptionalParam(name = MedicationRequest.SP_INTENT) TokenParam intent) {
        LocalDate today = LocalDate.now(clock);
        return medications.list(Fhir.patientOf(patient)).stream().map(m -> MedicationRequestMapping.toFhir(m, today))
                .filter(r -> matches(status, r.getStatus().getSystem(), r.getStatus().toCode())
                        && matches(intent, r.getIntent().getSystem(), r.getIntent().toCode()))
                .toList();
    }

    private static boolean matches(TokenParam token, String system, String code) {
        return token == null || Fhir.matches(token, system, code);
    }
}
