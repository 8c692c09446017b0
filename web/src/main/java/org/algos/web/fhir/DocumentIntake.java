package org.algos.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.domain.document.DocumentKind;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ReferralPart;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A referral's letter: a DocumentReference with its content inline (Algos does not fetch URLs
 * from a referrer's network) stored as the patient's referral letter.
 */
@Dependent
public class DocumentIntake implements ReferralPart {

    @Inject
    private ClinicalDocuments documents;

    @Override
    public boolean takes(Resource resource) {
        return resource instanceof DocumentReference;
    }

    @Override
    public String take(long patientId, Resource resource, String path) {
        DocumentReference letter = (DocumentReference) resource;
        if (letter.getContent().size() != 1) {
            throw new UnprocessableEntityException(path + ".content: a referral letter has one content");
        }
        Attachment attachment = letter.getContentFirstRep().getAttachment();
        if (!attachment.hasData()) {
            throw new UnprocessableEntityException(path + ".content[0].attachment.data: the letter is sent inline"
                    + (attachment.hasUrl() ? " (a url is not fetched)" : ""));
        }
        String title = attachment.hasTitle() ? attachment.getTitle()
                : letter.hasDescription() ? letter.getDescription() : "Referral letter";
        try {
            return "DocumentReference/" + documents.store(patientId, DocumentKind.REFERRAL_LETTER, title,
                    attachment.getContentType(), attachment.getData()).id();
        } catch (InvalidInputException e) {
            throw Fhir.refusal(path + ".content[0].attachment", e, Map.of("content", "data"));
        }
    }
}
