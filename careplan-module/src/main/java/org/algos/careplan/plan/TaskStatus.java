package org.algos.careplan.plan;

import java.util.Locale;

/** A team task is open until someone marks it done. */
public enum TaskStatus {
    OPEN, DONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
