package org.algos.web.kit.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.algos.domain.common.InvalidInputException;

/**
 * Parses a request body as exactly one JSON object: nothing after it, no key twice, nested no
 * deeper than {@link #MAX_DEPTH}. Built on the streaming parser and without recursion, so a body
 * nested a thousand levels deep is a 400, not a stack overflow.
 */
final class StrictJson {

    /** Deep enough for every request this API takes (a care plan with its goals is three levels). */
    static final int MAX_DEPTH = 16;

    private StrictJson() {
    }

    static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw InvalidInputException.of("body", "must be a JSON object");
            }
            JsonObject object = readObject(parser);
            if (hasMore(parser)) {
                throw InvalidInputException.of("body", "has content after the JSON object");
            }
            return object;
        } catch (JsonParsingException e) {
            throw InvalidInputException.of("body", "is not valid JSON" + where(e));
        } catch (jakarta.json.JsonException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
    }

    /** Whether anything but white space follows; the parser reports stray characters as a parse error. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    private static String where(JsonParsingException e) {
        return e.getLocation() == null || e.getLocation().getStreamOffset() < 0 ? ""
                : " (at character " + (e.getLocation().getStreamOffset() + 1) + ")";
    }

    /** One container being filled: an object (with the key read last) or an array. */
    private static final class Open {
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        final Set<String> keys = new HashSet<>();
        String key;

        Open(boolean isObject) {
            object = isObject ? Json.createObjectBuilder() : null;
            array = isObject ? null : Json.createArrayBuilder();
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }

    /** Reads the object whose START_OBJECT was just consumed. */
    private static JsonObject readObject(JsonParser parser) {
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(true));
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            Open current = open.peek();
            switch (event) {
                case KEY_NAME -> {
                    String key = parser.getString();
                    if (!current.keys.add(key)) {
                        throw InvalidInputException.of(key, "is given twice");
                    }
                    current.key = key;
                }
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw InvalidInputException.of("body", "is nested deeper than " + MAX_DEPTH + " levels");
                    }
                    open.push(new Open(event == JsonParser.Event.START_OBJECT));
                }
                case END_OBJECT, END_ARRAY -> {
                    JsonValue done = open.pop().build();
                    if (open.isEmpty()) {
                        return (JsonObject) done;
                    }
                    open.peek().add(done);
                }
                case VALUE_STRING -> current.add(Json.createValue(parser.getString()));
                case VALUE_NUMBER -> current.add(Json.createValue(parser.getBigDecimal()));
                case VALUE_TRUE -> current.add(JsonValue.TRUE);
                case VALUE_FALSE -> current.add(JsonValue.FALSE);
                case VALUE_NULL -> current.add(JsonValue.NULL);
                default -> throw InvalidInputException.of("body", "is not valid JSON");
            }
        }
        throw InvalidInputException.of("body", "ends before the JSON object is complete");
    }
}
