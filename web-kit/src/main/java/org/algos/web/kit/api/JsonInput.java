package org.algos.web.kit.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;

/**
 * Reads request bodies field by field, so a wrong type is reported as a field error ("birthDate:
 * must be text") rather than as an unreadable body.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** Parses the request body; anything but a JSON object is a 400 that says so. */
    public static JsonObject object(String body) {
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
    public static JsonObject optionalObject(String body) {
        return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : object(body);
    }

    /** The field as text; numbers and booleans are accepted as their text, other types are an error. */
    public static String text(JsonObject body, String field, FieldErrors errors) {
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

    /** Answers by item key: whole numbers, true/false as 1/0, null for an unanswered item. */
    public static Map<String, Integer> answers(JsonObject body, FieldErrors errors) {
        JsonValue value = body.get("answers");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add("answers", "must be an object of item to answer");
            return Map.of();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        value.asJsonObject().forEach((key, answer) -> {
            switch (answer.getValueType()) {
                case TRUE -> answers.put(key, 1);
                case FALSE -> answers.put(key, 0);
                case NULL -> answers.put(key, null);
                case NUMBER -> {
                    JsonNumber number = (JsonNumber) answer;
                    if (number.isIntegral()) {
                        answers.put(key, number.intValueExact());
                    } else {
                        errors.add("answers." + key, "must be a whole number");
                    }
                }
                default -> errors.add("answers." + key, "must be a number or true/false");
            }
        });
        return answers;
    }

    /** A whole number, or null when absent. */
    public static Integer integer(JsonObject body, String field, FieldErrors errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        if (value instanceof JsonString text && text.getString().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(text.getString().strip());
        }
        errors.add(field, "must be a whole number");
        return null;
    }

    /** A list of strings, from an array or from one comma-separated string. */
    public static List<String> strings(JsonObject body, String field, FieldErrors errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonString text) {
            return text.getString().isBlank() ? List.of() : Arrays.stream(text.getString().split(",")).map(String::strip).toList();
        }
        if (value instanceof JsonArray array) {
            List<String> items = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonString text) {
                    items.add(text.getString());
                } else {
                    errors.add(field, "must be a list of text");
                }
            }
            return items;
        }
        errors.add(field, "must be a list of text");
        return List.of();
    }

    /**
     * A date and time as UTC: "2026-11-28T09:30:00Z" or with an offset is converted; without an
     * offset it is taken as UTC. Null when absent.
     */
    public static LocalDateTime utcDateTime(JsonObject body, String field, FieldErrors errors) {
        String text = text(body, field, errors);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                errors.add(field, "must be a date and time such as 2026-11-28T09:30:00Z");
                return null;
            }
        }
    }

    public static boolean bool(JsonObject body, String field, FieldErrors errors) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(field, "must be true or false");
        return false;
    }
}
