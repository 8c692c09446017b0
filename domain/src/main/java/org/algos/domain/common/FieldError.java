package org.algos.domain.common;

/** One rejected input field and the reason, as a user would read it. */
public record FieldError(String field, String message) {
}
