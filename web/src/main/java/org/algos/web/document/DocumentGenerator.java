package org.algos.web.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.algos.domain.document.ClinicalDocument;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.web.kit.document.DocumentMaker;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.PdfRenderer;

/**
 * Makes a document in three steps, each in its own place: composed from the record in one
 * transaction, rendered outside any transaction (a bounded number at a time; beyond that a
 * caller is told to come back), stored immutable with its hash in a second transaction, which
 * audits the creation.
 */
@ApplicationScoped
public class DocumentGenerator implements DocumentMaker {

    public static final String PDF = "application/pdf";

    @Inject
    private DocumentComposer composer;

    @Inject
    private PdfRenderer renderer;

    @Inject
    private ClinicalDocuments documents;

    @Override
    public ClinicalDocument make(long patientId, DocumentRequest request) {
        DocumentComposer.Draft draft = composer.compose(patientId, request);
        byte[] pdf = renderer.render(draft.meta(), draft.body());
        return documents.store(patientId, draft.kind(), draft.title(), PDF, pdf, draft.sourceRecord());
    }
}
