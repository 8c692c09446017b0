package org.algos.domain.port;

import java.util.List;

/**
 * The diagnostic blocks a patient has had, for rules owned by other modules (a first
 * radiofrequency ablation needs two positive medial branch blocks). Implemented by the
 * diagnosis module. Callers have already passed the access guard for this patient; the port
 * itself neither checks access nor audits.
 */
public interface DiagnosticBlockHistory {

    /** Every recorded block of the patient, oldest first. */
    List<DiagnosticBlockFact> blocksOf(long patientId);
}
