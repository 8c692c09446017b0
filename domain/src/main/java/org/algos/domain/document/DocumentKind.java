package org.algos.domain.document;

/** What a clinical document is; the kinds the clinic produces come with the documents that make them. */
public enum DocumentKind {
    /** Sent by the referring clinician with the referral. */
    REFERRAL_LETTER
}
