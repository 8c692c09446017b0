package org.algos.diagnosis.pain;

import java.util.Locale;

/** Mechanism of pain, as the clinician judges it (IASP terms; nociplastic since 2017). */
public enum PainType {
    NOCICEPTIVE, NEUROPATHIC, NOCIPLASTIC, MIXED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
