package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;

/** {@code DocumentReference}: a patient's stored documents, read by id or searched by {@code patient}, each read audited. */
@Dependent
public class DocumentReferenceProvider implements IResourceProvider {

    @Inject
    private ClinicalDocuments documents;

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    @Read
    public DocumentReference read(@IdParam IdType id) {
        return DocumentReferenceMapping.toFhir(documents.get(Fhir.idOf(id)));
    }

    @Search
    public List<DocumentReference> search(@RequiredParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient) {
        return documents.list(Fhir.patientOf(patient)).stream().map(DocumentReferenceMapping::toFhir).toList();
    }
}
