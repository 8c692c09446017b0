package org.algos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.algos.web.security.AccessTokenVerifier.RejectedTokenException;
import org.algos.web.security.AccessTokenVerifier.VerifiedToken;
import org.junit.jupiter.api.Test;

/** The checks of a bearer token, with a realm key made for the test. Keycloak itself is in KeycloakSsoIT. */
class AccessTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/algos";
    private static final String AUDIENCE = "algos-portal";
    private static final RSAKey REALM_KEY = generate("realm-key");
    private static final RSAKey OTHER_KEY = generate("other-key");

    private final AccessTokenVerifier verifier = new AccessTokenVerifier(ISSUER, AUDIENCE,
            new ImmutableJWKSet<>(new JWKSet(REALM_KEY.toPublicJWK())), Duration.ofSeconds(30), "groups");

    @Test
    void aValidAccessTokenNamesTheCallerAndTheirGroups() throws Exception {
        VerifiedToken token = verifier.verify(sign(REALM_KEY, claims()));
        assertEquals("dr.lee", token.username());
        assertEquals("Morgan Lee", token.displayName());
        assertEquals(Set.of("physician", "offline_access"), token.groups());
    }

    @Test
    void anExpiredTokenIsRefusedButClockSkewIsTolerated() throws Exception {
        Instant now = Instant.now();
        String expired = sign(REALM_KEY, claims(c -> c.issueTime(Date.from(now.minusSeconds(400)))
                .expirationTime(Date.from(now.minusSeconds(100)))));
        assertRefused(expired, "expired");

        String justExpired = sign(REALM_KEY, claims(c -> c.expirationTime(Date.from(now.minusSeconds(10)))));
        assertEquals("dr.lee", verifier.verify(justExpired).username());
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherIssuerIsRefused() {
        assertRefused(sign(REALM_KEY, claims(c -> c.audience(List.of("account")))), "audience");
        assertRefused(sign(REALM_KEY, claims(c -> c.audience((String) null))), "audience");
        assertRefused(sign(REALM_KEY, claims(c -> c.issuer("http://localhost:8180/realms/other"))), "another identity provider");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertRefused(sign(OTHER_KEY, claims()), "not signed by a key of the realm");
        // The same key id as the realm's key, but another key behind it.
        RSAKey impostor = generate(REALM_KEY.getKeyID());
        assertRefused(sign(impostor, claims()), "signature");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = sign(REALM_KEY, claims());
        String[] parts = token.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"physician\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        assertRefused(tampered, "signature");
    }

    @Test
    void unsignedOrSharedSecretTokensAreRefused() throws Exception {
        assertRefused(new PlainJWT(claims()).serialize(), "not signed by a key of the realm");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hmac.sign(new MACSigner("a shared secret that is long enough for HS256!".getBytes(StandardCharsets.UTF_8)));
        assertRefused(hmac.serialize(), "not signed by a key of the realm");
    }

    @Test
    void anIdTokenOrRefreshTokenIsNoAccessToken() {
        assertRefused(sign(REALM_KEY, claims(c -> c.claim("typ", "ID"))), "Only access tokens");
        assertRefused(sign(REALM_KEY, claims(c -> c.claim("typ", "Refresh"))), "Only access tokens");
    }

    @Test
    void garbageAndTokensWithoutASubjectAreRefused() {
        assertRefused("not-a-token", "not a signed JWT");
        assertRefused(sign(REALM_KEY, claims(c -> c.subject(null))), "lacks required claims");
    }

    private void assertRefused(String token, String reason) {
        RejectedTokenException e = assertThrows(RejectedTokenException.class, () -> verifier.verify(token));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static JWTClaimsSet claims() {
        return claims(UnaryOperator.identity());
    }

    /** Claims as Keycloak puts them in an access token of the algos realm. */
    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject("44dbbc78-1407-4ba3-a745-879fa056d8f1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("typ", "Bearer").claim("azp", AUDIENCE)
                .claim("preferred_username", "dr.lee").claim("name", "Morgan Lee")
                .claim("groups", List.of("physician", "offline_access"))).build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
