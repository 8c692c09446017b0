package org.algos.web.kit.api;

import org.algos.domain.common.FieldErrors;

/** Query parameters parsed by hand, so "size=abc" is a 400 naming the field, not a 404. */
public final class QueryInput {

    private QueryInput() {
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
