package org.algos.domain.document;

import java.time.LocalDateTime;

/** A stored document as lists show it: everything but the content, read without loading the content. */
public record DocumentListing(long id, long patientId, DocumentKind kind, String title, String contentType, int size,
                              String sha256, String sourceRecord, LocalDateTime createdAt, String createdBy) {
}
