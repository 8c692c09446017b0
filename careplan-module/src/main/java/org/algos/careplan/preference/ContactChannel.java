package org.algos.careplan.preference;

import java.util.Locale;

/** How the patient prefers the team to get in touch between visits. */
public enum ContactChannel {
    PHONE("Phone call"),
    TEXT_MESSAGE("Text message"),
    EMAIL("Email"),
    LETTER("Letter"),
    AT_VISITS("Only at my visits");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }
}
