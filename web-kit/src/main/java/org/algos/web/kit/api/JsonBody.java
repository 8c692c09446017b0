package org.algos.web.kit.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.algos.domain.common.FieldErrors;

/**
 * A request body read field by field, strictly: every field is read with its type, and
 * {@link #done()} refuses the request when any field was wrong or when the body held a field the
 * endpoint does not know (so a misspelt or unsupported field is a 400 that names it, never data
 * silently dropped). Numbers are never narrowed: a whole number beyond 32 bits is an error, not a
 * wrapped value. Text holds no control characters and no broken UTF-16. The rules of the model
 * (lengths, ranges, dates) are checked by the services, for the API and the portal alike.
 */
public final class JsonBody {

    /** Longer than any column; a service checks the real length. */
    static final int MAX_TEXT = 20_000;

    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");

    private final JsonObject json;
    private final String prefix;
    private final FieldErrors errors;
    private final Set<String> read = new HashSet<>();
    private final List<JsonBody> parts = new ArrayList<>();

    private JsonBody(JsonObject json, String prefix, FieldErrors errors) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The request body, which must be one JSON object. */
    public static JsonBody of(String body) {
        return new JsonBody(StrictJson.parseObject(body), "", new FieldErrors());
    }

    /** A body that may be left out: empty means an empty object. */
    public static JsonBody optional(String body) {
        return body == null || body.isBlank() ? new JsonBody(JsonValue.EMPTY_JSON_OBJECT, "", new FieldErrors())
                : of(body);
    }

    /** The errors found so far, for a resource that adds checks of its own. */
    public FieldErrors errors() {
        return errors;
    }

    /** Whether the field is present (even as null). */
    public boolean has(String field) {
        read.add(field);
        return json.containsKey(field);
    }

    /** Whether the field is present and not null. */
    public boolean present(String field) {
        return value(field) != null;
    }

    /** A nested object read as a body of its own (errors named {@code field.name}); null when absent. */
    public JsonBody object(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            error(field, "must be an object");
            return null;
        }
        JsonBody part = new JsonBody(object, prefix + field + ".", errors);
        parts.add(part);
        return part;
    }

    /** Refuses the request when a field was wrong or unknown; the end of every read. */
    public void done() {
        unknownFields();
        errors.throwIfAny();
    }

    private void unknownFields() {
        json.keySet().stream().filter(key -> !read.contains(key)).sorted()
                .forEach(key -> errors.add(prefix + key, "is not a field of this request"));
        parts.forEach(JsonBody::unknownFields);
    }

    /** The field as text; a number or true/false is taken as its text, other types are an error. */
    public String text(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> checked(field, ((JsonString) value).getString());
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> {
                error(field, "must be text");
                yield null;
            }
        };
    }

    /** A whole number, or null when absent; beyond 32 bits is an error, never a wrapped value. */
    public Integer integer(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return wholeNumber(field, number.bigDecimalValue());
        }
        if (value instanceof JsonString text && text.getString().strip().matches("[-+]?\\d{1,12}")) {
            return wholeNumber(field, new BigDecimal(text.getString().strip()));
        }
        error(field, "must be a whole number");
        return null;
    }

    /** A number, or null when absent; finite and below 10^15 in size. */
    public Double decimal(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            BigDecimal exact = number.bigDecimalValue();
            if (exact.abs().compareTo(MAX_DECIMAL) >= 0) {
                error(field, "is too large");
                return null;
            }
            return exact.doubleValue();
        }
        if (value instanceof JsonString text && text.getString().strip().matches("[-+]?\\d{1,12}(\\.\\d{1,12})?")) {
            return Double.valueOf(text.getString().strip());
        }
        error(field, "must be a number");
        return null;
    }

    /** true or false; false when absent. */
    public boolean bool(String field) {
        Boolean value = optionalBool(field);
        return value != null && value;
    }

    /** true, false, or null when absent. */
    public Boolean optionalBool(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        error(field, "must be true or false");
        return null;
    }

    /** A list of text, from an array or from one comma-separated text; empty when absent. */
    public List<String> strings(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString text) {
            String checked = checked(field, text.getString());
            return checked == null || checked.isBlank() ? List.of()
                    : Arrays.stream(checked.split(",")).map(String::strip).toList();
        }
        if (value instanceof JsonArray array) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonString text) {
                    String checked = checked(field + "[" + i + "]", text.getString());
                    if (checked != null) {
                        items.add(checked);
                    }
                } else {
                    error(field + "[" + i + "]", "must be text");
                }
            }
            return items;
        }
        error(field, "must be a list of text");
        return List.of();
    }

    /**
     * The objects of an array field, each read as a body of its own whose errors are named
     * {@code field[i].name}; empty when absent.
     */
    public List<JsonBody> objects(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            error(field, "must be a list of objects");
            return List.of();
        }
        List<JsonBody> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                JsonBody part = new JsonBody(object, prefix + field + "[" + i + "].", errors);
                parts.add(part);
                items.add(part);
            } else {
                error(field + "[" + i + "]", "must be an object");
            }
        }
        return items;
    }

    /** An object of name to text, such as a conference's inputs by discipline; empty when absent. */
    public Map<String, String> textMap(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            error(field, "must be an object of name to text");
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        value.asJsonObject().forEach((key, text) -> {
            if (text instanceof JsonString string) {
                String checked = checked(field + "." + key, string.getString());
                if (checked != null) {
                    texts.put(key, checked);
                }
            } else if (text.getValueType() != JsonValue.ValueType.NULL) {
                error(field + "." + key, "must be text");
            }
        });
        return texts;
    }

    /** Answers by item key: whole numbers, true/false as 1/0, null for an unanswered item. */
    public Map<String, Integer> answers(String field) {
        JsonValue value = value(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            error(field, "must be an object of item to answer");
            return Map.of();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        value.asJsonObject().forEach((key, answer) -> {
            String name = field + "." + key;
            switch (answer.getValueType()) {
                case TRUE -> answers.put(key, 1);
                case FALSE -> answers.put(key, 0);
                case NULL -> answers.put(key, null);
                case NUMBER -> {
                    Integer number = wholeNumber(name, ((JsonNumber) answer).bigDecimalValue());
                    if (number != null) {
                        answers.put(key, number);
                    }
                }
                default -> error(name, "must be a number or true/false");
            }
        });
        return answers;
    }

    /**
     * A date and time as UTC: "2026-11-28T09:30:00Z" or with an offset is converted; without an
     * offset it is taken as UTC. Null when absent.
     */
    public LocalDateTime utcDateTime(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDateTime time;
        try {
            time = OffsetDateTime.parse(text.strip()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                time = LocalDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                error(field, "must be a date and time such as 2026-11-28T09:30:00Z");
                return null;
            }
        }
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusYears(FieldErrors.YEARS_AHEAD);
        if (time.toLocalDate().isBefore(FieldErrors.EARLIEST_DATE) || time.toLocalDate().isAfter(latest)) {
            error(field, "must be between " + FieldErrors.EARLIEST_DATE + " and " + latest);
            return null;
        }
        return time;
    }

    private JsonValue value(String field) {
        read.add(field);
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private Integer wholeNumber(String field, BigDecimal number) {
        if (number.compareTo(MIN_INT) < 0 || number.compareTo(MAX_INT) > 0) {
            error(field, "is out of range");
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException fraction) {
            error(field, "must be a whole number");
            return null;
        }
    }

    /** The text, or null with an error when it is far too long or holds what no column can store. */
    private String checked(String field, String text) {
        if (text.length() > MAX_TEXT) {
            error(field, "must be at most " + MAX_TEXT + " characters");
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                error(field, "must not contain control characters");
                return null;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                error(field, "is not valid Unicode text");
                return null;
            }
        }
        return text;
    }

    private void error(String field, String message) {
        errors.add(prefix + field, message);
    }
}
