package org.algos.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bearer access token the way a resource server must (RFC 9068, RFC 6750): signed with
 * one of the realm's current keys by an asymmetric algorithm, issued by the configured realm,
 * meant for this API (audience), not expired, and an access token rather than an ID or refresh
 * token. Anything else is refused with a reason the caller can act on, never with internals.
 */
public final class AccessTokenVerifier {

    /** Asymmetric signatures only: a shared-secret (HS*) or unsigned token is never accepted. */
    static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    /** Who the token speaks for. */
    public record VerifiedToken(String username, String displayName, Set<String> groups) {
    }

    /** The token is not acceptable; the message says why, in words for the API client. */
    public static final class RejectedTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        RejectedTokenException(String message) {
            super(message);
        }
    }

    /** The realm's keys could not be fetched: not the caller's fault. */
    public static final class KeysUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeysUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String groupsClaim;

    public AccessTokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys, Duration clockSkew,
                               String groupsClaim) {
        this.groupsClaim = groupsClaim;
        // Keycloak types its access tokens "JWT"; RFC 9068 access tokens are "at+jwt".
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED_ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    public VerifiedToken verify(String token) throws RejectedTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new RejectedTokenException("The bearer token is not a signed JWT.");
        } catch (ExpiredJWTException e) {
            throw new RejectedTokenException("The access token has expired; get a new one.");
        } catch (BadJWSException e) {
            throw new RejectedTokenException("The access token's signature does not match the realm's keys.");
        } catch (BadJWTException e) {
            throw new RejectedTokenException(claimProblem(e.getMessage()));
        } catch (BadJOSEException e) {
            throw new RejectedTokenException("The access token is not signed by a key of the realm.");
        } catch (KeySourceException e) {
            throw new KeysUnavailableException("The identity provider's signing keys could not be fetched.", e);
        } catch (JOSEException e) {
            throw new RejectedTokenException("The access token could not be verified.");
        }
        // Keycloak marks each token with its use; an ID or refresh token is no access token.
        Object use = claims.getClaim("typ");
        if (use != null && !"Bearer".equalsIgnoreCase(use.toString())) {
            throw new RejectedTokenException("Only access tokens are accepted, not a token of type " + use + ".");
        }
        try {
            String username = claims.getStringClaim("preferred_username");
            if (username == null || username.isBlank()) {
                username = claims.getSubject();
            }
            String name = claims.getStringClaim("name");
            List<String> groups = claims.getStringListClaim(groupsClaim);
            return new VerifiedToken(username, name == null || name.isBlank() ? username : name,
                    groups == null ? Set.of() : new HashSet<>(groups));
        } catch (ParseException e) {
            throw new RejectedTokenException("The access token's claims have unexpected types.");
        }
    }

    private static String claimProblem(String message) {
        String m = message == null ? "" : message;
        if (m.contains("aud claim")) {
            return "The access token is not meant for this API (audience).";
        }
        if (m.contains("missing required claims")) {
            return "The access token lacks required claims (iss, sub, exp, iat).";
        }
        if (m.contains("iss claim")) {
            return "The access token was issued by another identity provider.";
        }
        if (m.contains("before use time")) {
            return "The access token is not valid yet.";
        }
        return "The access token was refused.";
    }
}
