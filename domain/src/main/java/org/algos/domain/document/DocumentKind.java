package org.algos.domain.document;

import java.util.Arrays;
import java.util.Optional;

/** What a clinical document is: received with a referral or produced by the clinic from the record. */
public enum DocumentKind {
    /** Sent by the referring clinician with the referral. */
    REFERRAL_LETTER("referral-letter", "Referral letter", false),
    /** A completed procedure, for the hospital record. */
    PROCEDURE_NOTE("procedure-note", "Procedure note", false),
    /** The clinic's letter to the referring clinician. */
    CLINIC_LETTER("letter", "Clinic letter", false),
    /** The patient's own plan in plain language; the one kind a patient may make and open. */
    PATIENT_PLAN("patient-plan", "My plan", true);

    private final String code;
    private final String words;
    private final boolean forPatient;

    DocumentKind(String code, String words, boolean forPatient) {
        this.code = code;
        this.words = words;
        this.forPatient = forPatient;
    }

    /** The kind in words, as titles and lists show it. */
    public String words() {
        return words;
    }

    /** Whether the patient may make and open documents of this kind in their own record. */
    public boolean forPatient() {
        return forPatient;
    }

    /** The kind's code in the API, e.g. {@code procedure-note} or {@code letter}. */
    public String code() {
        return code;
    }

    /** The kind of an API code, if there is one. */
    public static Optional<DocumentKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
