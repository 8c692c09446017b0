/**
 * FHIR Bulk Data export (Bulk Data Access IG 2.0.0) of every patient, for the hospital's data
 * warehouse: kick-off at {@code Patient/$export}, status polling and NDJSON files under
 * {@code /api/bulk-export}, one background export at a time per account, files kept for a day.
 * Only the {@code bulk-export} role may use it; each exported patient's audit trail names the
 * export, and the kick-off is flagged for the privacy officer's review.
 */
package org.algos.web.fhir.bulk;
