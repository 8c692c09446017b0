package org.algos.domain.message;

/** Why a patient is written to. Neither kind carries clinical content: only a link to sign in. */
public enum MessageKind {
    /** A questionnaire request became visible in the patient's area. */
    REQUEST_OPENED,
    /** An unanswered request closes within a few days. */
    REQUEST_CLOSING
}
