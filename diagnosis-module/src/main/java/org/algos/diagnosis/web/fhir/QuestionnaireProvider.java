package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;

/** {@code Questionnaire}: the ten instruments, read by code ({@code Questionnaire/PHQ9}) or searched by url. */
@Dependent
public class QuestionnaireProvider implements IResourceProvider {

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read
    public Questionnaire read(@IdParam IdType id) {
        return InstrumentCatalogue.find(id.getIdPart()).filter(i -> i.code().equals(id.getIdPart()))
                .map(QuestionnaireMapping::toFhir)
                .orElseThrow(() -> new ResourceNotFoundException("No such resource: " + id.getValue()));
    }

    @Search
    public List<Questionnaire> search(@OptionalParam(name = Questionnaire.SP_URL) UriParam url) {
        return InstrumentCatalogue.all().stream().map(QuestionnaireMapping::toFhir)
                .filter(q -> url == null || q.getUrl().equals(url.getValue())).toList();
    }
}
