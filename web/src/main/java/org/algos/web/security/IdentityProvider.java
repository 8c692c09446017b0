package org.algos.web.security;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.algos.web.security.AccessTokenVerifier.RejectedTokenException;
import org.algos.web.security.AccessTokenVerifier.VerifiedToken;

/**
 * The configured OpenID Connect provider as the API sees it: its discovery document (issuer,
 * keys, sign-out endpoint), read when first needed and again after a failure, and the verifier
 * of its access tokens. The portal's sign-in itself is Jakarta Security's OpenID Connect mechanism.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int KEYS_TIMEOUT_MS = 3000;
    private static final int KEYS_SIZE_LIMIT = 256 * 1024;

    /** The provider did not answer, or answered with something that is not a discovery document. */
    public static final class UnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Metadata(String issuer, URL jwksUri, Optional<String> endSessionEndpoint) {
    }

    @Inject
    private OidcSettings settings;

    private volatile Metadata metadata;
    private volatile AccessTokenVerifier verifier;

    public VerifiedToken verifyAccessToken(String token) throws RejectedTokenException {
        return verifier().verify(token);
    }

    /** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) ending the provider's session too. */
    public Optional<String> endSessionUrl(String idTokenHint, String postLogoutRedirectUri) {
        return metadata().endSessionEndpoint().map(endpoint -> endpoint + (endpoint.contains("?") ? "&" : "?")
                + (idTokenHint == null ? "client_id=" + encode(settings.getClientId())
                        : "id_token_hint=" + encode(idTokenHint))
                + "&post_logout_redirect_uri=" + encode(postLogoutRedirectUri));
    }

    private AccessTokenVerifier verifier() {
        AccessTokenVerifier current = verifier;
        if (current == null) {
            Metadata m = metadata();
            current = new AccessTokenVerifier(m.issuer(), settings.getApiAudience(),
                    JWKSourceBuilder.<SecurityContext>create(m.jwksUri(),
                            new DefaultResourceRetriever(KEYS_TIMEOUT_MS, KEYS_TIMEOUT_MS, KEYS_SIZE_LIMIT)).build(),
                    settings.getClockSkew(), settings.getGroupsClaim());
            verifier = current;
        }
        return current;
    }

    private Metadata metadata() {
        Metadata current = metadata;
        if (current == null) {
            current = discover(settings.getProvider());
            metadata = current;
        }
        return current;
    }

    private static Metadata discover(String provider) {
        String location = provider + "/.well-known/openid-configuration";
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UnavailableException(location + " answered " + response.statusCode(), null);
            }
            JsonObject document;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                document = reader.readObject();
            }
            String endSession = document.getString("end_session_endpoint", null);
            return new Metadata(document.getString("issuer"), URI.create(document.getString("jwks_uri")).toURL(),
                    Optional.ofNullable(endSession));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnavailableException unavailable) {
                throw unavailable;
            }
            throw new UnavailableException("The identity provider " + provider + " does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while asking " + location, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
