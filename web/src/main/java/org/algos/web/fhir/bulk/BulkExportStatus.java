package org.algos.web.fhir.bulk;

/** Where a bulk export stands. */
public enum BulkExportStatus {
    /** Files are being written; the status answers 202 with the progress. */
    RUNNING,
    /** All files are written; the status answers the manifest until the export expires. */
    COMPLETED,
    /** Stopped by an error or a restart of the server; the status answers the error. */
    FAILED,
    /** Cancelled by the client (DELETE); the files are gone. */
    CANCELLED,
    /** Completed, and its files deleted at the end of the retention time. */
    EXPIRED
}
