package org.algos.careplan.medication;

import java.util.Arrays;
import java.util.Locale;

/**
 * Common benzodiazepines by generic name, so that the MME answer can flag a benzodiazepine
 * prescribed with an opioid, as the CDC 2022 guideline asks. The guideline names no list: this
 * one is ours, of the benzodiazepines commonly prescribed, and a name missing from it is simply
 * not flagged.
 */
public enum Benzodiazepine {
    ALPRAZOLAM, CLONAZEPAM, DIAZEPAM, LORAZEPAM, TEMAZEPAM, OXAZEPAM, CHLORDIAZEPOXIDE, CLOBAZAM, MIDAZOLAM;

    /** Whether the generic name is one of ours, ignoring case and surrounding blanks. */
    public static boolean matches(String drug) {
        if (drug == null) {
            return false;
        }
        String wanted = drug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).anyMatch(b -> b.genericName().equals(wanted));
    }

    public String genericName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
