package org.algos.web.kit.document;

import org.algos.domain.document.ClinicalDocument;

/**
 * Makes and stores one of the clinic's documents from the record (the web module assembles it
 * from every feature's sections), for the features' pages that offer a document of their own.
 */
public interface DocumentMaker {

    ClinicalDocument make(long patientId, DocumentRequest request);
}
