package org.algos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Sign-in without an external identity provider: HTTP Basic on {@code /api}, a sign-in form on the
 * portal (the form's bean calls {@code SecurityContext.authenticate}), the portal session kept in
 * the HTTP session, which exists only from the sign-in on. Passwords are checked, throttled and
 * audited by {@link PasswordSignIn}. The single-sign-on mechanism replaces this bean at deployment when an OIDC
 * provider is configured; nothing else in the application knows which one runs.
 */
@ApplicationScoped
public class BuiltInAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = "algos.identity";
    public static final String SIGN_IN_PAGE = "/login.xhtml";

    /** What the portal session remembers of the signed-in user. */
    record SessionIdentity(String username, Set<String> groups) implements Serializable {
    }

    /** The request attribute that tells the sign-in form what its attempt came to. */
    public static final String OUTCOME = "algos.signIn.outcome";

    @Inject
    private PasswordSignIn passwords;

    @Inject
    private TrustedProxy proxy;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return ApiPaths.isApi(request) ? api(request, response, context) : portal(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected()
                    ? unauthorized(request, response, "Authentication required: send HTTP Basic credentials.")
                    : context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return unauthorized(request, response, "Unsupported authorization scheme; use HTTP Basic.");
        }
        UsernamePasswordCredential credential = decodeBasic(header.substring(6).strip());
        if (credential == null) {
            return unauthorized(request, response, "Malformed HTTP Basic credentials.");
        }
        PasswordSignIn.Outcome outcome = passwords.attempt(credential.getCaller(), credential.getPassword().getValue(),
                proxy.clientAddress(request));
        if (outcome instanceof PasswordSignIn.Valid valid) {
            return context.notifyContainerAboutLogin(valid.user().username(), valid.groups());
        }
        if (outcome instanceof PasswordSignIn.MustChoosePassword && !context.isProtected()) {
            return context.doNothing(); // choosing the password itself
        }
        PasswordSignIn.Refusal refusal = PasswordSignIn.Refusal.of(outcome);
        if (refusal.status() == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Algos\", charset=\"UTF-8\"");
        }
        return refuse(request, response, refusal.status(), refusal.title(), refusal.detail(), refusal.retryAfterSeconds());
    }

    private AuthenticationStatus portal(HttpServletRequest request, HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            PasswordSignIn.Outcome outcome = passwords.attempt(typed.getCaller(), typed.getPassword().getValue(),
                    proxy.clientAddress(request));
            request.setAttribute(OUTCOME, outcome);
            if (!(outcome instanceof PasswordSignIn.Valid valid)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession existing = request.getSession(false);
            if (existing != null) {
                request.changeSessionId(); // no session fixation across sign-in
            }
            request.getSession(true).setAttribute(SESSION_IDENTITY,
                    new SessionIdentity(valid.user().username(), valid.groups()));
            return context.notifyContainerAboutLogin(valid.user().username(), valid.groups());
        }
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(SESSION_IDENTITY);
        if (remembered instanceof SessionIdentity identity) {
            if (!passwords.isActive(identity.username())) {
                // Deactivated since signing in: the session ends now, not when it times out.
                session.invalidate();
                return context.isProtected()
                        ? context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?ended=inactive")
                        : context.doNothing();
            }
            return context.notifyContainerAboutLogin(identity.username(), identity.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Algos\", charset=\"UTF-8\"");
        return refuse(request, response, 401, "Unauthorized", detail, null);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String title, String detail, Long retryAfterSeconds) {
        if (retryAfterSeconds != null) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        ApiPaths.refuse(request, response, status, title, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
