package org.algos.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;

/**
 * Reads request bodies field by field, so a wrong type is reported as a field error ("birthDate:
 * must be text") rather than as an unreadable body.
 */
final class JsonInput {

    private JsonInput() {
    }

    /** Parses the request body; anything but a JSON object is a 400 that says so. */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonStructure structure = reader.read();
            if (structure instanceof JsonObject object) {
                return object;
            }
            throw InvalidInputException.of("body", "must be a JSON object, not an array");
        } catch (JsonException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
    }

    /** An optional body: empty means an empty object. */
    static JsonObject optionalObject(String body) {
        return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : object(body);
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
