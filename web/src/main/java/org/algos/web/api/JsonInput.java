package org.algos.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;

/**
 * Reads request bodies field by field, so a wrong type is reported as a field error ("birthDate:
 * must be text") rather than as an unreadable body.
 */
final class JsonInput {

    private JsonInput() {
    }

    static JsonObject requireObject(JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        return body;
    }

    /** The field as text; numbers and booleans are accepted as their text, other types are an error. */
    static String text(JsonObject body, String field, FieldErrors errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> {
                errors.add(field, "must be text");
                yield null;
            }
        };
    }
}
