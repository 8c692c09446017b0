package org.algos.web.kit.document;

import java.util.Map;
import org.algos.domain.document.ClinicalDocument;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Downloads;

/**
 * Makes and stores one of the clinic's documents from the record (the web module assembles it
 * from every feature's sections), for the features' pages that offer a document of their own.
 */
public interface DocumentMaker {

    ClinicalDocument make(long patientId, DocumentRequest request);

    /**
     * For a page's button: makes the document and sends it to the browser; a refusal or a bad
     * request becomes a message on the page, naming fields by the form's labels.
     */
    default void makeAndSend(long patientId, DocumentRequest request, Map<String, String> fieldLabels) {
        ClinicalDocument[] made = new ClinicalDocument[1];
        if (ChartSection.attempt(() -> made[0] = make(patientId, request), fieldLabels)) {
            Downloads.send(made[0]);
        }
    }
}
