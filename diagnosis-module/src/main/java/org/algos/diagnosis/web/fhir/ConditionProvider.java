package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
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
import java.util.Set;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Includes;
import org.algos.web.kit.fhir.PatientReader;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code Condition}: a diagnosis read by id, and a patient's diagnoses searched by
 * {@code patient} with optional {@code code} ({@code system|code}), {@code clinical-status} and
 * {@code category}, with the patient when asked ({@code _include=Condition:patient}).
 * A patient has a handful of diagnoses: they are read whole, then filtered.
 */
@Dependent
public class ConditionProvider implements IResourceProvider {

    @Inject
    private Diagnoses diagnoses;

    @Inject
    private PatientReader patients;

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
                                  @OptionalParam(name = Condition.SP_CLINICAL_STATUS) TokenParam clinicalStatus,
                                  @OptionalParam(name = Condition.SP_CATEGORY) TokenParam category,
                                  @IncludeParam(allow = {"Condition:patient", "Condition:subject"}) Set<Include> include) {
        long patientId = Fhir.patientOf(patient);
        List<Condition> found = diagnoses.list(patientId).stream().map(ConditionMapping::toFhir)
                .filter(c -> Fhir.matches(code, c.getCode()) && Fhir.matches(clinicalStatus, c.getClinicalStatus())
                        && (category == null || c.getCategory().stream().anyMatch(k -> Fhir.matches(category, k))))
                .toList();
        return Includes.wantPatient(include) ? Includes.attach(found, patients.read(patientId)) : found;
    }
}
