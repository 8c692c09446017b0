package org.algos.careplan.plan;

import java.util.Locale;

/** Whether a modality is being delivered. */
public enum ModalityStatus {
    PLANNED, ACTIVE, ON_HOLD, COMPLETED, STOPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
