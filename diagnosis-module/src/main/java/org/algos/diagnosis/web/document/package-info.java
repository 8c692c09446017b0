/** The diagnostic record's part of the clinic's documents: the indication, the diagnoses, the scores over time. */
package org.algos.diagnosis.web.document;
