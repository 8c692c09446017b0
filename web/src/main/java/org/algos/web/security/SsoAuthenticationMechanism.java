package org.algos.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.algos.web.security.AccessTokenVerifier.KeysUnavailableException;
import org.algos.web.security.AccessTokenVerifier.RejectedTokenException;
import org.algos.web.security.AccessTokenVerifier.VerifiedToken;
import org.algos.web.security.IdentityProviderProfiles.Link;

/**
 * Single sign-on through an OpenID Connect provider (Keycloak or any other), chosen at deployment
 * when {@code algos.oidc.provider} is set ({@link SignInModeExtension}). One mechanism serves two
 * kinds of request:
 * <ul>
 * <li>the portal signs in with the authorization code flow of Jakarta Security's OpenID Connect
 * mechanism, which this one delegates to; sign-out ends the provider's session too, and tokens are
 * refreshed as they expire, so a person disabled at the provider loses the portal within one
 * access-token lifetime;</li>
 * <li>{@code /api} accepts {@code Authorization: Bearer} access tokens of the same realm
 * ({@link AccessTokenVerifier}); anything else is a 401 problem.</li>
 * </ul>
 * Either way the person is linked to their Algos profile ({@link IdentityProviderProfiles}) and
 * the container learns exactly one role, the profile's.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.provider}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}" + SsoCallbackServlet.PATH,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username",
                callerGroupsClaim = "${oidcSettings.groupsClaim}"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}" + SsoAuthenticationMechanism.SIGNED_OUT,
                accessTokenExpiry = true, identityTokenExpiry = true),
        tokenAutoRefresh = true)
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SsoAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SsoAuthenticationMechanism.class.getName());

    static final String SIGN_IN_PAGE = BuiltInAuthenticationMechanism.SIGN_IN_PAGE;
    static final String SIGNED_OUT = SIGN_IN_PAGE + "?signedOut=true";
    /** The portal page asked for before signing in, where the callback sends the person afterwards. */
    static final String RETURN_TO = "algos.sso.return-to";

    @Inject
    private BeanManager beanManager;

    @Inject
    private IdentityProvider provider;

    @Inject
    private IdentityProviderProfiles profiles;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    private volatile HttpAuthenticationMechanism openIdConnect;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return ApiPaths.isApi(request) ? api(request, response, context) : portal(request, response, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected()
                    ? unauthorized(request, response, null, "Authentication required: send an access token of the hospital's "
                            + "identity provider (Authorization: Bearer ...).")
                    : context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorized(request, response, "invalid_request", "Unsupported authorization scheme; send a bearer access token.");
        }
        VerifiedToken token;
        try {
            token = provider.verifyAccessToken(header.substring(7).strip());
        } catch (RejectedTokenException e) {
            return unauthorized(request, response, "invalid_token", e.getMessage());
        } catch (KeysUnavailableException | IdentityProvider.UnavailableException e) {
            LOG.warning(() -> "Bearer token not checked: " + e.getMessage());
            return problem(request, response, 503, "Service Unavailable",
                    "The identity provider does not answer, so the token cannot be checked; try again shortly.");
        }
        Link link = profiles.link(token.username(), token.displayName(), token.groups());
        if (link.isRefused()) {
            return problem(request, response, 403, "Forbidden", link.refusal().message());
        }
        return context.notifyContainerAboutLogin(new CallerPrincipal(token.username()), link.groups());
    }

    private AuthenticationStatus portal(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) throws AuthenticationException {
        if (request.getUserPrincipal() == null && context.isProtected()) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // The session ended while a page was open: an ajax request cannot follow a redirect to the
                // provider, so the page itself is sent to sign in again.
                return facesRedirect(response, request.getContextPath() + "/app/worklist.xhtml");
            }
            if ("GET".equals(request.getMethod()) && request.getParameter("state") == null) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
        }
        try {
            AuthenticationStatus status = openIdConnect().validateRequest(request, response, new ProfileLinking(context));
            if (status == AuthenticationStatus.SEND_FAILURE && !response.isCommitted()) {
                // A callback that does not belong to a sign-in of this browser (a stale or forged state,
                // an error from the provider): the sign-in page says so, rather than an empty 401.
                redirect(response, request.getContextPath() + SIGN_IN_PAGE + "?failed=true");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return status;
        } catch (AuthenticationException | RuntimeException e) {
            LOG.warning(() -> "Single sign-on failed: " + e); // once per request while the provider is down
            LOG.log(Level.FINE, "Single sign-on failure", e);
            if (!response.isCommitted()) {
                redirect(response, request.getContextPath() + SIGN_IN_PAGE + "?unavailable=true");
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (ApiPaths.isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            openIdConnect().cleanSubject(request, response, context); // also signs out of the provider
        }
    }

    /** Jakarta Security's OpenID Connect mechanism, which the annotation above defines beside this bean. */
    private HttpAuthenticationMechanism openIdConnect() {
        HttpAuthenticationMechanism current = openIdConnect;
        if (current == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !b.getTypes().contains(SsoAuthenticationMechanism.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The OpenID Connect mechanism is not deployed"));
            current = (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                    beanManager.createCreationalContext(bean));
            openIdConnect = current;
        }
        return current;
    }

    /**
     * What the OpenID Connect mechanism tells the container passes through here: the caller is
     * linked to their profile first, and the container learns only the profile's role. A refused
     * person is signed out of the provider again and sent to a page that says why.
     */
    private final class ProfileLinking extends HttpMessageContextWrapper {

        private boolean newSignIn;

        ProfileLinking(HttpMessageContext wrapped) {
            super(wrapped);
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            newSignIn = true; // registered below, with the linked role, once the profile allows it
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return getWrapped().notifyContainerAboutLogin(result);
            }
            return linked(result.getCallerPrincipal(), result.getCallerGroups());
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(Principal principal, Set<String> groups) {
            return linked(principal, groups);
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(String callerName, Set<String> groups) {
            return linked(new CallerPrincipal(callerName), groups);
        }

        private AuthenticationStatus linked(Principal principal, Set<String> groups) {
            Link link = profiles.link(principal.getName(), displayName().orElse(principal.getName()), groups);
            if (link.isRefused()) {
                return newSignIn ? refuse(link) : AuthenticationStatus.SEND_FAILURE; // a refresh: the mechanism signs out
            }
            if (newSignIn) {
                getWrapped().setRegisterSession(principal.getName(), link.groups());
            }
            return getWrapped().notifyContainerAboutLogin(principal, link.groups());
        }

        private AuthenticationStatus refuse(Link link) {
            HttpServletRequest request = getRequest();
            String base = request.getRequestURL().substring(0, request.getRequestURL().length() - request.getRequestURI().length())
                    + request.getContextPath();
            String page = base + SIGN_IN_PAGE + "?refused=" + link.refusal().code();
            String idToken = idToken().orElse(null);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            String target;
            try {
                target = provider.endSessionUrl(idToken, page).orElse(page);
            } catch (IdentityProvider.UnavailableException e) {
                target = page;
            }
            SsoAuthenticationMechanism.redirect(getResponse(), target);
            return AuthenticationStatus.SEND_CONTINUE;
        }

        private Optional<String> displayName() {
            try {
                return openIdContext.get().getIdentityToken().getJwtClaims().getStringClaim("name");
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private Optional<String> idToken() {
            try {
                return Optional.ofNullable(openIdContext.get().getIdentityToken().getToken());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private static AuthenticationStatus facesRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            // The client went away.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static void redirect(HttpServletResponse response, String url) {
        try {
            response.sendRedirect(url);
        } catch (IOException e) {
            // The client went away.
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String error, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Algos\"" + (error == null ? "" : ", error=\"" + error + "\""));
        return problem(request, response, 401, "Unauthorized", detail);
    }

    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
                                                String title, String detail) {
        ApiPaths.refuse(request, response, status, title, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
