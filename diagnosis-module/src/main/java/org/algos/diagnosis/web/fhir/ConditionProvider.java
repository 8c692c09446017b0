package org.algos.diagnosis.web.fhir;

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
import java.util.List;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code Condition}: a diagnosis read by id, and a patient's diagnoses searched by
 * {@code patient} with optional {@code code} ({@code system|code}) and {@code clinical-status}.
 * A patient has a handful of diagnoses: they are read whole, then filtered.
 */
@Dependent
public class ConditionProvider implements IResourceProvider {

    @Inject
    private Diagnoses diagnoses;

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id) {
        return ConditionMapping.toFhir(diagnoses.get(Fhir.idOf(id)));
    }

    @Search
    public List<Condition> search(@RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Condition.SP_CODE) TokenParam code,
                                  @OptionalParam(name = Condition.SP_CLINICAL_STATUS) TokenParam clinicalStatus) {
        return diagnoses.list(Fhir.patientOf(patient)).stream().map(ConditionMapping::toFhir)
                .filter(c -> Fhir.matches(code, c.getCode()) && Fhir.matches(clinicalStatus, c.getClinicalStatus()))
                .toList();
    }
}
