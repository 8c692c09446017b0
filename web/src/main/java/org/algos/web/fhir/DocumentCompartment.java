package org.algos.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.common.Page;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.domain.document.DocumentListing;
import org.algos.web.kit.fhir.PatientCompartment;
import org.hl7.fhir.r4.model.Resource;

/** The patient's documents in {@code Patient/$everything}, each naming where its content is downloaded. */
@Dependent
public class DocumentCompartment implements PatientCompartment {

    @Inject
    private ClinicalDocuments documents;

    @Inject
    private ApiAddress api;

    @Override
    public String contents() {
        return "documents";
    }

    @Override
    public List<Resource> resourcesOf(AuthorizedPatient patient) {
        String base = api.base();
        List<Resource> all = new ArrayList<>();
        Page<DocumentListing> page;
        int number = 0;
        do {
            page = documents.list(patient, number++, Page.MAX_SIZE);
            page.items().forEach(d -> all.add(DocumentReferenceMapping.toFhir(d, base)));
        } while ((long) number * Page.MAX_SIZE < page.total());
        return all;
    }
}
