package org.algos.web.fhir;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Date;
import org.algos.domain.document.ClinicalDocument;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;

/**
 * A stored document as a US Core DocumentReference with the content inline. A referral letter has
 * no verified LOINC document code in our references, so its type is "unknown" (v3 NullFlavor
 * UNK, which the US Core value set admits) with the words "Referral letter". The attachment
 * carries FHIR's SHA-1 hash; the SHA-256 Algos keeps is an identifier.
 */
final class DocumentReferenceMapping {

    static final String US_CORE_DOCUMENT_REFERENCE = Fhir.US_CORE + "us-core-documentreference";
    static final String CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    static final String SHA_256 = Fhir.ALGOS_CODES + "sha256";

    private DocumentReferenceMapping() {
    }

    static DocumentReference toFhir(ClinicalDocument d) {
        DocumentReference fhir = new DocumentReference();
        fhir.setId("DocumentReference/" + d.id());
        fhir.getMeta().addProfile(US_CORE_DOCUMENT_REFERENCE);
        fhir.addIdentifier().setSystem(SHA_256).setValue(d.sha256());
        fhir.setStatus(DocumentReferenceStatus.CURRENT);
        fhir.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        fhir.setType(new CodeableConcept().addCoding(new Coding(NULL_FLAVOR, "UNK", "unknown")).setText(words(d)));
        fhir.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, "clinical-note", "Clinical Note")));
        fhir.setSubject(Fhir.patientReference(d.patientId()));
        Date created = Date.from(d.createdAt().toInstant(ZoneOffset.UTC));
        fhir.setDate(created);
        fhir.addAuthor(Practitioners.reference(d.createdBy(), null));
        fhir.setDescription(d.title());
        fhir.addContent().getAttachment().setContentType(d.contentType()).setData(d.content()).setSize(d.size())
                .setTitle(d.title()).setHash(sha1(d.content())).setCreation(created);
        return fhir;
    }

    private static String words(ClinicalDocument d) {
        return switch (d.kind()) {
            case REFERRAL_LETTER -> "Referral letter";
        };
    }

    private static byte[] sha1(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(content); // Attachment.hash is SHA-1 by definition
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
