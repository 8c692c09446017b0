package org.algos.careplan.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of treatment a modality is; the API spells it as the constant, e.g. {@code PHYSIOTHERAPY}. */
public enum Discipline {
    PHYSIOTHERAPY, CBT, ACUPUNCTURE, MASSAGE, PHARMACOTHERAPY, EDUCATION, INTERVENTIONAL, OTHER;

    /** Matches the name in any letter case. */
    public static Optional<Discipline> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.name().equals(wanted)).findFirst();
    }

    /** "PHYSIOTHERAPY, CBT, …" for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(Discipline::name).collect(Collectors.joining(", "));
    }
}
