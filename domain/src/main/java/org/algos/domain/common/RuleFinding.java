package org.algos.domain.common;

/** A clinical rule's verdict as users see it: which rule, what it found, and where the rule comes from. */
public record RuleFinding(String rule, String message, String source) {
}
