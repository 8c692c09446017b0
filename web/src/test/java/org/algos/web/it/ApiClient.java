package org.algos.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the API tests: one per user, HTTP Basic, JSON in and out. */
final class ApiClient {

    static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final String forwardedFor;

    private ApiClient(URI base, String authorization, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    private ApiClient(URI base, String authorization) {
        this(base, authorization, null);
    }

    /**
     * The same user as a client at {@code address} behind the proxy the test servers trust
     * ({@code algos.proxy.addresses}), so that sign-in throttling tests have addresses of their own.
     */
    ApiClient from(String address) {
        return new ApiClient(base, authorization, address);
    }

    static ApiClient as(URI base, String username) {
        return as(base, username, DEMO_PASSWORD);
    }

    static ApiClient as(URI base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(base, "Basic " + token);
    }

    /** With an access token of the identity provider (single sign-on mode). */
    static ApiClient withBearer(URI base, String accessToken) {
        return new ApiClient(base, "Bearer " + accessToken);
    }

    static ApiClient anonymous(URI base) {
        return new ApiClient(base, null);
    }

    Reply get(String path) {
        return send(builder(path).header("Accept", "application/json, application/problem+json").GET());
    }

    /** With headers of its own ({@code name, value, …}), e.g. a bulk export's {@code Prefer: respond-async}. */
    Reply get(String path, String... headers) {
        HttpRequest.Builder b = builder(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** For the platform's endpoints (OpenAPI, metrics), which answer in their own formats. */
    Reply getAnyType(String path) {
        return send(builder(path).header("Accept", "*/*").GET());
    }

    /** A download, its body as bytes (a PDF). */
    Bytes getBytes(String path, String accept) {
        try {
            HttpResponse<byte[]> r = HTTP.send(builder(path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Content-Disposition").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException("Request failed: " + e, e);
        }
    }

    record Bytes(int status, String contentType, byte[] body, String disposition) {
    }

    Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postIfMatch(String path, String json, String ifMatch) {
        return send(builder(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    Reply delete(String path) {
        return send(builder(path).header("Accept", "application/json, application/problem+json").DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        // The first request for the OpenAPI document has the server build it from every resource class.
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(path.startsWith("openapi") ? 120 : 30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag"),
                    r.headers().firstValue("Location").or(() -> r.headers().firstValue("Content-Location")),
                    r.headers().firstValue("Retry-After"));
        } catch (Exception e) {
            throw new IllegalStateException("Request failed: " + e, e);
        }
    }

    /** A response, with its body parsed on demand. */
    record Reply(int status, String body, String contentType, Optional<String> etag, Optional<String> location,
                 Optional<String> retryAfter) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
