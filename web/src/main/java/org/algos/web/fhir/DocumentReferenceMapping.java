package org.algos.web.fhir;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Date;
import org.algos.domain.document.ClinicalDocument;
import org.algos.domain.document.DocumentKind;
import org.algos.domain.document.DocumentListing;
import org.algos.domain.value.CodedConcept;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A stored document as a US Core DocumentReference. LOINC types where our references verify one
 * (procedure note 28570-0, consult note 11488-4 for the clinic's letter); a referral letter and
 * the patient's plan have none, so their type is "unknown" (v3 NullFlavor UNK, which the US Core
 * value set admits) with the kind in words. A read carries the content inline with FHIR's SHA-1
 * hash; a search or {@code $everything} carries the address to download it from the API, so
 * that a list never reads the documents themselves. The SHA-256 Algos keeps is an identifier.
 */
final class DocumentReferenceMapping {

    static final String US_CORE_DOCUMENT_REFERENCE = Fhir.US_CORE + "us-core-documentreference";
    static final String CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    static final String SHA_256 = Fhir.ALGOS_CODES + "sha256";

    private DocumentReferenceMapping() {
    }

    /** A document read by itself, the content inline. */
    static DocumentReference toFhir(ClinicalDocument d) {
        DocumentReference fhir = toFhir(d.listing());
        fhir.getContentFirstRep().getAttachment().setData(d.content()).setHash(sha1(d.content()));
        return fhir;
    }

    /** A listed document, the content to be fetched from {@code apiBase} (the API's address, ending in /api). */
    static DocumentReference toFhir(DocumentListing d, String apiBase) {
        DocumentReference fhir = toFhir(d);
        fhir.getContentFirstRep().getAttachment()
                .setUrl(apiBase + "/patients/" + d.patientId() + "/documents/" + d.id());
        return fhir;
    }

    private static DocumentReference toFhir(DocumentListing d) {
        DocumentReference fhir = new DocumentReference();
        fhir.setId("DocumentReference/" + d.id());
        fhir.getMeta().addProfile(US_CORE_DOCUMENT_REFERENCE);
        fhir.addIdentifier().setSystem(SHA_256).setValue(d.sha256());
        fhir.setStatus(DocumentReferenceStatus.CURRENT);
        fhir.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        fhir.setType(type(d.kind()));
        fhir.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, "clinical-note", "Clinical Note")));
        fhir.setSubject(Fhir.patientReference(d.patientId()));
        Date created = Date.from(d.createdAt().toInstant(ZoneOffset.UTC));
        fhir.setDate(created);
        fhir.addAuthor(Practitioners.reference(d.createdBy(), null));
        fhir.setDescription(d.title());
        if (d.sourceRecord() != null) {
            fhir.getContext().addRelated(new Reference(d.sourceRecord()));
        }
        fhir.addContent().getAttachment().setContentType(d.contentType()).setSize(d.size()).setTitle(d.title())
                .setCreation(created);
        return fhir;
    }

    private static CodeableConcept type(DocumentKind kind) {
        CodeableConcept type = new CodeableConcept().setText(kind.words());
        switch (kind) {
            case PROCEDURE_NOTE -> type.addCoding(new Coding(CodedConcept.LOINC, "28570-0", "Procedure note"));
            case CLINIC_LETTER -> type.addCoding(new Coding(CodedConcept.LOINC, "11488-4", "Consult note"));
            default -> type.addCoding(new Coding(NULL_FLAVOR, "UNK", "unknown"));
        }
        return type;
    }

    private static byte[] sha1(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(content); // Attachment.hash is SHA-1 by definition
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
