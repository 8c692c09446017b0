package org.algos.intervention.procedure;

import java.util.Locale;

/** An answer on the safety checklist; "not applicable" only where an item may not apply. */
public enum ChecklistAnswer {
    DONE, NOT_APPLICABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
