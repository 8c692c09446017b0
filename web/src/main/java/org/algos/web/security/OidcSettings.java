package org.algos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.user.Role;
import org.eclipse.microprofile.config.Config;

/**
 * Single sign-on settings, from MicroProfile Config (so also environment variables:
 * {@code algos.oidc.provider} is {@code ALGOS_OIDC_PROVIDER}). Named, because the OpenID Connect
 * annotation on {@link SsoAuthenticationMechanism} reads them through EL: Payara resolves
 * {@code ${oidcSettings.provider}} but has no resolver for MicroProfile Config keys.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    public static final String PROVIDER = "algos.oidc.provider";
    public static final String CLIENT_ID = "algos.oidc.client-id";
    public static final String CLIENT_SECRET = "algos.oidc.client-secret";
    static final String ROLE_PREFIX = "algos.oidc.role.";

    @Inject
    private Config config;

    /** Whether the portal and the API sign people in through an OpenID Connect provider. */
    public static boolean isConfigured(Config config) {
        return text(config, PROVIDER).isPresent();
    }

    public boolean isEnabled() {
        return isConfigured(config);
    }

    /** The issuer URL, e.g. {@code http://localhost:8180/realms/algos}, without a trailing slash. */
    public String getProvider() {
        return required(PROVIDER).replaceAll("/+$", "");
    }

    public String getClientId() {
        return required(CLIENT_ID);
    }

    public String getClientSecret() {
        return required(CLIENT_SECRET);
    }

    /** The token claim that lists the caller's groups (Keycloak: a realm-role mapper to "groups"). */
    public String getGroupsClaim() {
        return text(config, "algos.oidc.groups-claim").orElse("groups");
    }

    /** The audience that API access tokens must name; by default the portal's client id. */
    public String getApiAudience() {
        return text(config, "algos.oidc.api-audience").orElseGet(this::getClientId);
    }

    /** How far the clocks of the identity provider and this server may disagree about a token's expiry. */
    public Duration getClockSkew() {
        return Duration.ofSeconds(config.getOptionalValue("algos.oidc.clock-skew-seconds", Integer.class).orElse(30));
    }

    /** Groups that give each Algos role: {@code algos.oidc.role.physician=pain-physician,anaesthetist}. */
    public RoleMapping getRoleMapping() {
        return roleMapping(config);
    }

    static RoleMapping roleMapping(Config config) {
        Map<Role, List<String>> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            groups.put(role, text(config, ROLE_PREFIX + role.code())
                    .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of(role.code())));
        }
        return RoleMapping.of(groups);
    }

    /** What is missing or wrong for single sign-on to work, or empty when the settings are complete. */
    static Optional<String> problem(Config config) {
        if (!isConfigured(config)) {
            return Optional.empty();
        }
        if (text(config, CLIENT_ID).isEmpty() || text(config, CLIENT_SECRET).isEmpty()) {
            return Optional.of(PROVIDER + " is set, so " + CLIENT_ID + " and " + CLIENT_SECRET
                    + " (ALGOS_OIDC_CLIENT_ID, ALGOS_OIDC_CLIENT_SECRET) are needed too");
        }
        try {
            roleMapping(config);
        } catch (IllegalArgumentException e) {
            return Optional.of(ROLE_PREFIX + "*: " + e.getMessage());
        }
        return Optional.empty();
    }

    private String required(String key) {
        return text(config, key).orElseThrow(() -> new IllegalStateException(key + " is not set"));
    }

    // An empty value counts as unset (MicroProfile Config treats "" as missing only for some types).
    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
