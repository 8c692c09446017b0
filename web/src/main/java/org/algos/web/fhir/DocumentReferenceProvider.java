package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code DocumentReference}: a patient's stored documents, read by id (content inline) or
 * searched by {@code patient}, newest first and paged in the database (each attachment then
 * names the API address of its content); each read and search audited.
 */
@Dependent
public class DocumentReferenceProvider implements IResourceProvider {

    @Inject
    private ClinicalDocuments documents;

    @Inject
    private ApiAddress api;

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    @Read
    public DocumentReference read(@IdParam IdType id) {
        return DocumentReferenceMapping.toFhir(documents.get(Fhir.idOf(id)));
    }

    @Search
    public IBundleProvider search(@RequiredParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient,
                                  @Offset Integer offset, @Count Integer count) {
        int size = Fhir.pageSize(count);
        String base = api.base();
        return Fhir.page(documents.list(Fhir.patientOf(patient), Fhir.pageNumber(offset, size), size),
                d -> DocumentReferenceMapping.toFhir(d, base));
    }
}
