package org.algos.web.kit.api;

import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.Page;

/** Query parameters parsed by hand, so "size=abc" is a 400 naming the field, not a 404. */
public final class QueryInput {

    /** A checked {@code ?page=&size=}: the page from 0, the size from 1 to {@link Page#MAX_SIZE}. */
    public record PageRequest(int page, int size) {
    }

    private QueryInput() {
    }

    /** The page asked for, or a 400 naming {@code page} or {@code size}. */
    public static PageRequest page(String page, String size, int defaultSize) {
        FieldErrors errors = new FieldErrors();
        PageRequest request = page(page, size, defaultSize, errors);
        errors.throwIfAny();
        return request;
    }

    /** As {@link #page(String, String, int)}, adding what is wrong to errors already collected. */
    public static PageRequest page(String page, String size, int defaultSize, FieldErrors errors) {
        int number = integer("page", page, 0, errors);
        int checkedSize = integer("size", size, defaultSize, errors);
        Page.checkRequest(number, checkedSize, errors);
        return new PageRequest(number, checkedSize);
    }

    public static int integer(String name, String value, int defaultValue, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(name, "must be a whole number");
            return defaultValue;
        }
    }

    public static Long optionalLong(String name, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(name, "must be a whole number");
            return null;
        }
    }
}
