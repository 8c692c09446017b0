package org.algos.domain.port;

import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * The diagnostic blocks a patient has had, for rules owned by other modules (a first
 * radiofrequency ablation needs two positive medial branch blocks). Implemented by the
 * diagnosis module. It takes the proof that the caller passed the access guard, and audits
 * nothing itself.
 */
public interface DiagnosticBlockHistory {

    /** Every recorded block of the patient, oldest first. */
    List<DiagnosticBlockFact> blocksOf(AuthorizedPatient patient);
}
