package org.algos.intervention.eligibility;

/**
 * One line of an eligibility answer: which rule, what it found in words a clinician reads, and
 * the published source, which the portal shows beside it.
 */
public record Finding(String rule, String message, String source) {

    public Finding {
        requireText("rule", rule);
        requireText("message", message);
        requireText("source", source);
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A finding needs a " + name);
        }
    }
}
