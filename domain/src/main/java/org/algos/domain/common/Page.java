package org.algos.domain.common;

import java.util.List;
import java.util.function.Function;

/** One page of a result that the database paged; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Checks the page request a caller sent. */
    public static void checkRequest(int page, int size) {
        FieldErrors errors = new FieldErrors();
        checkRequest(page, size, errors);
        errors.throwIfAny();
    }

    /** Adds what is wrong with a page request to errors already collected. */
    public static void checkRequest(int page, int size, FieldErrors errors) {
        if (page < 0) {
            errors.add("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
