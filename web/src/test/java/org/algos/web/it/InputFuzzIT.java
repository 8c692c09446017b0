package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests generated from the OpenAPI document, over every write operation: each field
 * in turn given the wrong type, a number out of range, an over-long or undecodable text, an
 * impossible date; then the whole body unknown, trailing, nested too deep, too large, not JSON,
 * not UTF-8, of another content type. The server must answer every one with a 4xx problem (no
 * 5xx, no stack trace, no class name), and never accept a field it would drop: an unknown field
 * or a value of the wrong type is never a 2xx. A field the document lists must be one the
 * endpoint reads, so the document cannot drift from the code.
 */
class InputFuzzIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Valid enough bodies for the main creations, so a mutation reaches the services and the columns. */
    private static final Map<String, String> BASES = Map.ofEntries(
            Map.entry("MedicationAddBody", "{\"drug\":\"gabapentin\",\"doseMg\":300,\"dosesPerDay\":3,\"route\":\"oral\","
                    + "\"indication\":\"neuropathic pain\",\"startedOn\":\"2026-01-05\"}"),
            Map.entry("PainAssessmentAddPainBody", "{\"nrsNow\":5,\"nrsWorst\":8,\"nrsAverage\":6,\"painType\":\"mixed\","
                    + "\"onsetDate\":\"2025-01-01\",\"aggravating\":\"sitting\",\"relieving\":\"walking\"}"),
            Map.entry("CarePlanCreateBody", "{\"title\":\"Back pain plan\",\"problems\":[\"low back pain\"]}"),
            Map.entry("PainDiaryWriteBody", "{\"pain\":4,\"sleepHours\":7,\"activityMinutes\":30,\"note\":\"ok\"}"),
            Map.entry("DemographicsBody", "{\"mrn\":\"FZ-1\",\"givenName\":\"Fuzz\",\"familyName\":\"Test\","
                    + "\"birthDate\":\"1970-01-01\",\"sex\":\"female\"}"));

    private final List<String> failures = new ArrayList<>();
    private int sent;

    private record Operation(String method, String path, String schemaName, Map<String, JsonObject> properties) {
    }

    @Test
    void aThousandMalformedRequestsGetProblemAnswersAndNoneIsAcceptedWhileDroppingAField() {
        Clinic clinic = Clinic.builtIn();
        TestPatient patient = clinic.newPatient("Fuzz", "Target", "nurse.kim");
        URI base = clinic.base();
        JsonObject document = OpenApiIT.openApi(ApiClient.anonymous(base));
        List<Operation> operations = writeOperations(document);
        assertTrue(operations.size() >= 30, "write operations in the OpenAPI document: " + operations.size());

        for (Operation op : operations) {
            URI uri = base.resolve(op.path().substring(1).replace("{patientId}", String.valueOf(patient.id()))
                    .replace("{username}", "nurse.kim").replace("{code}", "PHQ9").replaceAll("\\{\\w+}", "1"));
            String bodyBase = BASES.getOrDefault(op.schemaName(), "{}");
            for (Map.Entry<String, JsonObject> property : op.properties().entrySet()) {
                for (Mutation m : mutationsOf(property.getValue())) {
                    JsonObject body = withField(bodyBase, property.getKey(), m.value());
                    check(op, uri, "dr.lee", body.toString(), "application/json",
                            property.getKey() + " = " + abbreviated(m.value().toString()), m.mustBeRefused());
                }
            }
            for (Map.Entry<String, String> whole : wholeBodies(bodyBase).entrySet()) {
                boolean json = !whole.getKey().startsWith("text/plain");
                // An empty body is a valid "no options" for the writes whose fields are all optional.
                check(op, uri, "dr.lee", whole.getValue(), json ? "application/json" : "text/plain", whole.getKey(),
                        !whole.getKey().equals("valid base") && !whole.getKey().equals("empty"));
            }
            check(op, uri, "pat.doe", bodyBase, "application/json", "someone else's patient account", true);
        }
        Operation first = operations.get(0);
        check(first, base.resolve(first.path().substring(1).replaceAll("\\{\\w+}", "1")), "dr.lee",
                "{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", "application/json", "2 MiB", true);
        assertTrue(sent >= 1000, "malformed requests sent: " + sent);
        assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 40)), failures.size() + " of " + sent
                + " requests failed");
    }

    private record Mutation(JsonValue value, boolean mustBeRefused) {
    }

    /** Values a client might send wrongly for a property of this schema. */
    private static List<Mutation> mutationsOf(JsonObject schema) {
        String type = schema.getString("type", schema.containsKey("$ref") ? "object" : "string");
        List<Mutation> values = new ArrayList<>();
        boolean scalar = !type.equals("array") && !type.equals("object");
        values.add(new Mutation(Json.createObjectBuilder().add("x", 1).build(), !type.equals("object")));
        values.add(new Mutation(Json.createArrayBuilder().add(Json.createArrayBuilder()).build(), scalar));
        values.add(new Mutation(JsonValue.TRUE, type.equals("integer") || type.equals("number")));
        for (String number : List.of("-1", "2147483648", "9223372036854775808", "1.5", "1e308")) {
            values.add(new Mutation(Json.createValue(new java.math.BigDecimal(number)), !scalar));
        }
        for (int length : List.of(31, 201, 1001, 25_000)) {
            values.add(new Mutation(Json.createValue("x".repeat(length)), false));
        }
        for (String text : List.of("", "\u0000", "\ud800", "a\u0007b", "0000-01-01", "+999999999-12-31",
                "2026-02-30", "not a value")) {
            values.add(new Mutation(Json.createValue(text), text.contains("\u0000") || text.contains("\ud800")
                    || text.contains("\u0007") || type.equals("object")));
        }
        return values;
    }

    /** Whole bodies that are wrong as a whole, by the name the report gives them. */
    private static Map<String, String> wholeBodies(String bodyBase) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("valid base", bodyBase);
        bodies.put("unknown field", withField(bodyBase, "zzNotAField", Json.createValue("x")).toString());
        bodies.put("trailing content", bodyBase + "}");
        bodies.put("two objects", bodyBase + " {}");
        bodies.put("nested 1000 deep", "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        bodies.put("nested objects 500 deep", "{\"a\":" + "{\"a\":".repeat(500) + "1" + "}".repeat(501));
        bodies.put("an array", "[" + bodyBase + "]");
        bodies.put("a string", "\"hello\"");
        bodies.put("not JSON", "title=x&pain=3");
        bodies.put("empty", "");
        bodies.put("unfinished", bodyBase.substring(0, Math.max(1, bodyBase.length() / 2)));
        bodies.put("duplicate key", "{\"a\":1,\"a\":2}");
        bodies.put("text/plain", bodyBase);
        return bodies;
    }

    private static JsonObject withField(String bodyBase, String field, JsonValue value) {
        JsonObject base = Json.createReader(new java.io.StringReader(bodyBase)).readObject();
        return Json.createObjectBuilder(base).add(field, value).build();
    }

    private void check(Operation op, URI uri, String user, String body, String contentType, String what,
                       boolean mustBeRefused) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .header("If-Match", "\"0\"");
        // JSON-P writes a lone surrogate as it is, which UTF-8 cannot encode: send the escape instead.
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body.replace("\ud800", "\\ud800"),
                StandardCharsets.UTF_8);
        request.method(op.method(), publisher);
        send(op, request.build(), what, mustBeRefused);
        if (what.equals("valid base")) {
            // The same body with a byte that is never UTF-8 in a text: refused, never stored as U+FFFD.
            String broken = body.replaceFirst(":\"", ":\"\u00ff");
            byte[] bytes = broken.getBytes(StandardCharsets.ISO_8859_1);
            send(op, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", request.build().headers().firstValue("Authorization").orElseThrow())
                    .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                    .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), "not UTF-8",
                    !broken.equals(body));
        }
    }

    private void send(Operation op, HttpRequest request, String what, boolean mustBeRefused) {
        sent++;
        String name = op.method() + " " + op.path() + " [" + abbreviated(what) + "]";
        try {
            HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String text = reply.body();
            if (reply.statusCode() >= 500) {
                failures.add(name + ": " + reply.statusCode() + " " + abbreviated(text));
            } else if (text.contains("Exception") || text.contains("at org.") || text.contains("java.lang")) {
                failures.add(name + ": internals in the answer " + abbreviated(text));
            } else if (mustBeRefused && reply.statusCode() < 300) {
                failures.add(name + ": accepted with " + reply.statusCode());
            } else if (what.contains(" = ") && text.contains("{\"field\":\"" + what.substring(0, what.indexOf(" = "))
                    + "\",\"message\":\"is not a field of this request\"}")) {
                failures.add(name + ": the OpenAPI document lists a field the endpoint does not read");
            }
        } catch (java.io.IOException e) {
            // A server that stops reading an oversized body and closes the connection has refused it.
            if (!what.equals("2 MiB")) {
                failures.add(name + ": " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Short and printable, so a report with a NUL or a lone surrogate in it can still be read. */
    private static String abbreviated(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(160).forEach(c -> shown.append(c < 0x20 || Character.isSurrogate((char) c) && c < 0x10000
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return text.length() > 160 ? shown + "…" : shown.toString();
    }

    /** Every POST and PUT with a JSON body, with the properties of its body's schema. */
    static List<Operation> writeOperations(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                JsonObject operation = op.getValue().asJsonObject();
                if (!(method.equals("POST") || method.equals("PUT")) || !operation.containsKey("requestBody")) {
                    continue;
                }
                JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                JsonObject media = content.containsKey("application/json") ? content.getJsonObject("application/json")
                        : content.values().iterator().next().asJsonObject();
                JsonObject schema = media.getJsonObject("schema");
                String ref = schema.getString("$ref", "");
                String name = ref.isEmpty() ? schema.getString("title", "") : ref.substring(ref.lastIndexOf('/') + 1);
                JsonObject resolved = ref.isEmpty() ? schema : schemas.getJsonObject(name);
                Map<String, JsonObject> properties = new LinkedHashMap<>();
                if (resolved.containsKey("properties")) {
                    resolved.getJsonObject("properties").forEach((key, value) -> properties.put(key, value.asJsonObject()));
                }
                operations.add(new Operation(method, path.getKey(), name, properties));
            }
        }
        return operations;
    }
}
