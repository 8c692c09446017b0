package org.algos.domain.port;

import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * The patient's coded diagnoses as problems a care plan links to. Implemented by the diagnosis
 * module. It takes the proof that the caller passed the access guard, and audits nothing itself.
 */
public interface ProblemList {

    /** A diagnosis as a problem: its code and title, e.g. M54.16 "Radiculopathy, lumbar region". */
    record Problem(String code, String title) {
    }

    /** The patient's diagnoses, primary first. */
    List<Problem> problemsOf(AuthorizedPatient patient);
}
