package org.algos.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real Keycloak that the build starts with the shipped realm ({@code bin/algos test-keycloak}):
 * tokens for the demo users, and the admin API for what a test must set up there.
 */
final class Keycloak {

    static final String CLIENT_ID = "algos-portal";
    static final String CLIENT_SECRET = "algos-development-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI server;
    private final String realm;

    private Keycloak(URI server, String realm) {
        this.server = server;
        this.realm = realm;
    }

    /** The realm URL the build gave the portal (ALGOS_OIDC_PROVIDER), e.g. http://localhost:18180/realms/algos. */
    static Keycloak ofTheBuild() {
        String realmUrl = System.getProperty("algos.it.keycloak");
        if (realmUrl == null || realmUrl.isBlank()) {
            throw new IllegalStateException("algos.it.keycloak is not set: run the single sign-on tests through "
                    + "./mvnw verify (execution it-keycloak), which starts Keycloak");
        }
        int at = realmUrl.indexOf("/realms/");
        return new Keycloak(URI.create(realmUrl.substring(0, at) + "/"), realmUrl.substring(at + "/realms/".length()));
    }

    String realmUrl() {
        return server + "realms/" + realm;
    }

    String origin() {
        return server.getScheme() + "://" + server.getAuthority();
    }

    /** Waits for the realm to answer; Keycloak boots in the background while other tests run. */
    void awaitRealm(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl()
                        + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (Exception e) {
                last = e.toString();
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError("Keycloak's realm " + realmUrl() + " did not answer within " + timeout + " (" + last
                + "); see web/target/keycloak/keycloak.log");
    }

    /** An access token of the realm, as an API client gets one (the development realm allows the password grant). */
    String accessToken(String username, String password) {
        JsonObject tokens = post(realmUrl() + "/protocol/openid-connect/token", form(Map.of("grant_type", "password",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "username", username, "password", password)), null);
        return tokens.getString("access_token");
    }

    /** An access token of a confidential client's service account (the client credentials grant). */
    String clientCredentialsToken(String clientId, String secret) {
        JsonObject tokens = post(realmUrl() + "/protocol/openid-connect/token", form(Map.of("grant_type",
                "client_credentials", "client_id", clientId, "client_secret", secret)), null);
        return tokens.getString("access_token");
    }

    /** Creates a user of the realm with one realm role (or none), as hospital IT would. */
    void createUser(String username, String firstName, String lastName, String role, String password) {
        String admin = adminToken();
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("firstName", firstName).add("lastName", lastName)
                .add("email", username + "@algos.example").add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        send(HttpRequest.newBuilder(adminUri("/users")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user.toString())), 201);
        if (role == null) {
            return;
        }
        String id = array(send(HttpRequest.newBuilder(adminUri("/users?exact=true&username=" + encode(username)))
                .header("Authorization", "Bearer " + admin).GET(), 200)).getJsonObject(0).getString("id");
        JsonObject roleRepresentation = object(send(HttpRequest.newBuilder(adminUri("/roles/" + encode(role)))
                .header("Authorization", "Bearer " + admin).GET(), 200));
        send(HttpRequest.newBuilder(adminUri("/users/" + id + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createArrayBuilder().add(roleRepresentation).build().toString())), 204);
    }

    /**
     * An access token that expires after {@code lifespan}: the portal client's token lifespan is
     * shortened for this one token and restored at once.
     */
    String shortLivedAccessToken(String username, String password, Duration lifespan) {
        String[] token = new String[1];
        withAccessTokenLifespan(lifespan, () -> token[0] = accessToken(username, password));
        return token[0];
    }

    /** Runs {@code action} while the portal client's tokens live only {@code lifespan}. */
    void withAccessTokenLifespan(Duration lifespan, Runnable action) {
        String admin = adminToken();
        JsonObject client = array(send(HttpRequest.newBuilder(adminUri("/clients?clientId=" + CLIENT_ID))
                .header("Authorization", "Bearer " + admin).GET(), 200)).getJsonObject(0);
        String id = client.getString("id");
        JsonObject attributes = client.getJsonObject("attributes");
        try {
            updateClientAttributes(admin, id, client, attributes, Map.of("access.token.lifespan", String.valueOf(lifespan.toSeconds())));
            action.run();
        } finally {
            updateClientAttributes(adminToken(), id, client, attributes, Map.of("access.token.lifespan", ""));
        }
    }

    /** Disables a user at the provider, as hospital IT does when someone leaves. */
    void disableUser(String username) {
        String admin = adminToken();
        JsonObject user = array(send(HttpRequest.newBuilder(adminUri("/users?exact=true&username=" + encode(username)))
                .header("Authorization", "Bearer " + admin).GET(), 200)).getJsonObject(0);
        send(HttpRequest.newBuilder(adminUri("/users/" + user.getString("id"))).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("enabled", false).build().toString())), 204);
    }

    private void updateClientAttributes(String admin, String id, JsonObject client, JsonObject attributes,
                                        Map<String, String> changes) {
        JsonObjectBuilder changed = Json.createObjectBuilder(attributes);
        changes.forEach(changed::add);
        JsonObject body = Json.createObjectBuilder(client).add("attributes", changed).build();
        send(HttpRequest.newBuilder(adminUri("/clients/" + id)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())), 204);
    }

    /** The bootstrap administrator of the throw-away server (loopback only). */
    private String adminToken() {
        return post(server + "realms/master/protocol/openid-connect/token", form(Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin")), null).getString("access_token");
    }

    private URI adminUri(String path) {
        return URI.create(server + "admin/realms/" + realm + path);
    }

    private static JsonObject post(String url, String form, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return object(send(b, 200));
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new AssertionError("Keycloak answered " + r.statusCode() + " to " + r.request().uri() + ": " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new AssertionError("Keycloak does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
