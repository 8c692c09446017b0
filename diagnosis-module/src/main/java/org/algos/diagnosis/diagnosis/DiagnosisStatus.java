package org.algos.diagnosis.diagnosis;

import java.util.Locale;

/** Whether a diagnosis still applies. */
public enum DiagnosisStatus {
    ACTIVE, RESOLVED, RULED_OUT;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
