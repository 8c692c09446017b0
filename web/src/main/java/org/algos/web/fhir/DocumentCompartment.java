package org.algos.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.web.kit.fhir.PatientCompartment;
import org.hl7.fhir.r4.model.Resource;

/** The patient's documents in {@code Patient/$everything}. */
@Dependent
public class DocumentCompartment implements PatientCompartment {

    @Inject
    private ClinicalDocuments documents;

    @Override
    public String contents() {
        return "documents";
    }

    @Override
    public List<Resource> resourcesOf(AuthorizedPatient patient) {
        return documents.list(patient).stream().<Resource>map(DocumentReferenceMapping::toFhir).toList();
    }
}
