package org.algos.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.algos.domain.persistence.ColumnLengthCheck;

/** A document of a patient's record, immutable once stored, with the SHA-256 of its content. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "clinical_document")
public class ClinicalDocument {

    @Id
    @SequenceGenerator(name = "clinical_document_seq", sequenceName = "clinical_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinical_document_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_size", nullable = false)
    private int contentSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** The record the document was made from, e.g. {@code Procedure/12}; null when it covers the whole record. */
    @Column(name = "source_record", length = 100)
    private String sourceRecord;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected ClinicalDocument() {
    }

    ClinicalDocument(long id, long patientId, DocumentKind kind, String title, String contentType, byte[] content,
                     String sourceRecord, String createdBy, LocalDateTime createdAt) {
        this.id = id;
        this.patientId = patientId;
        this.kind = kind;
        this.title = title;
        this.contentType = contentType;
        this.content = content.clone();
        this.contentSize = content.length;
        this.sha256 = sha256(content);
        this.sourceRecord = sourceRecord;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return contentSize;
    }

    public String sourceRecord() {
        return sourceRecord;
    }

    /** The name a download is offered under: kind, id and the type's extension, never text of the patient's. */
    public String fileName() {
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "text/html" -> ".html";
            default -> ".txt";
        };
        return kind.code() + "-" + id + extension;
    }

    /** The document without its content, as lists show it. */
    public DocumentListing listing() {
        return new DocumentListing(id, patientId, kind, title, contentType, contentSize, sha256, sourceRecord,
                createdAt, createdBy);
    }

    public String sha256() {
        return sha256;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return "ClinicalDocument " + id + " (" + kind + ")";
    }
}
