package org.algos.careplan.preference;

import java.util.Locale;

/** Kinds of treatment a patient may say they would rather avoid; anything else goes in their own words. */
public enum TreatmentToAvoid {
    INJECTIONS("Injections and nerve blocks"),
    OPIOIDS("Opioid medicines"),
    IMPLANTED_DEVICES("Implanted devices such as a spinal cord stimulator"),
    SURGERY("Surgery");

    private final String label;

    TreatmentToAvoid(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }
}
