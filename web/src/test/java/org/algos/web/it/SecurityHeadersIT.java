package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The security headers on a portal page, an API answer and a static resource; the session
 * cookie's attributes; and forms the server cannot trust (forged view state, missing script
 * nonce), which reload the page rather than fail.
 */
class SecurityHeadersIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<Void> get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(AlgosServer.baseUri().resolve(path)).GET();
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dr.lee:demo".getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void pagesAndApiAnswersAreNeitherSniffedNorFramedNorCached() throws Exception {
        for (HttpResponse<Void> r : List.of(get("login.xhtml", false), get("api/instruments/PEG", true))) {
            assertEquals(200, r.statusCode(), r::toString);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), r::toString);
            assertEquals("no-referrer", header(r, "Referrer-Policy"));
            assertEquals("DENY", header(r, "X-Frame-Options"));
            assertTrue(header(r, "Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertTrue(header(r, "Content-Security-Policy").contains("base-uri 'none'"));
            assertTrue(header(r, "Permissions-Policy").contains("camera=()"));
            assertEquals("no-store", header(r, "Cache-Control"), r::toString);
            assertEquals("", header(r, "Strict-Transport-Security"), "plain HTTP gets no HSTS");
            assertEquals("", header(r, "Server"), "no banner naming the server");
            assertEquals("", header(r, "X-Powered-By"));
        }
    }

    @Test
    void staticResourcesMayBeCachedAndHttpsBehindAProxyGetsHsts() throws Exception {
        HttpResponse<Void> css = get("jakarta.faces.resource/algos/algos.css.xhtml", false);
        assertEquals("nosniff", header(css, "X-Content-Type-Options"));
        assertTrue(!header(css, "Cache-Control").contains("no-store"), css::toString);

        HttpResponse<Void> proxied = http.send(HttpRequest.newBuilder(AlgosServer.baseUri().resolve("login.xhtml"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals("max-age=31536000", header(proxied, "Strict-Transport-Security"));
    }

    @Test
    void pageScriptsRunOnlyWithThePagesNonceAndApiAnswersRunNothing() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(AlgosServer.baseUri().resolve("login.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("object-src 'none'")), policies::toString);
        String nonce = PortalSession.nonce(page.body());
        assertTrue(policies.stream().anyMatch(p -> p.startsWith("script-src 'self' 'nonce-" + nonce + "'")),
                policies::toString);
        long scripts = page.body().split("<script", -1).length - 1;
        long withNonce = page.body().split("nonce=\"" + nonce + "\"", -1).length - 1;
        assertTrue(scripts > 0);
        assertEquals(scripts, withNonce, "every script of the page carries its nonce");
        assertFalse(page.body().contains(" onclick="), "inline handlers are moved into the nonce'd script");

        HttpResponse<Void> api = get("api/instruments/PEG", true);
        assertTrue(header(api, "Content-Security-Policy").startsWith("default-src 'none'"), api::toString);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindATlsProxy() {
        String cookie = PortalSession.signIn(AlgosServer.baseUri(), "nurse.kim", "demo").sessionCookie();
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);

        String behindTls = PortalSession.signIn(AlgosServer.baseUri(), "nurse.kim", "demo", true).sessionCookie();
        assertTrue(behindTls.contains("; Secure"), behindTls);
    }

    @Test
    void aForgedViewStateOrAWrongNonceReloadsThePageAndAForgedApiPathIsAProblem() throws Exception {
        PortalSession portal = PortalSession.signIn(AlgosServer.baseUri(), "dr.lee", "demo");
        String page = portal.get("app/patients.xhtml");
        String viewState = PortalSession.viewState(page);
        String nonce = PortalSession.nonce(page);
        for (List<String> form : List.of(List.of("forged", nonce), List.of(viewState, ""),
                List.of(viewState, "bm9wZQ=="), List.of("-1:2", nonce), List.of("A".repeat(5000), nonce))) {
            HttpResponse<String> r = portal.post("app/patients.xhtml", "searchForm=searchForm"
                    + "&jakarta.faces.ViewState=" + PortalSession.encode(form.get(0))
                    + "&primefaces.nonce=" + PortalSession.encode(form.get(1)), false);
            assertEquals(302, r.statusCode(), form + ": " + r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/app/patients.xhtml"), r::toString);
        }
        HttpResponse<String> ajax = portal.post("app/patients.xhtml", "jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=x&jakarta.faces.ViewState=forged", true);
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=\"/app/patients.xhtml\""), ajax.body());
        assertFalse(ajax.body().contains("Exception"), ajax.body());

        HttpResponse<Void> slash = get("api/patients%2f1", true);
        assertEquals(404, slash.statusCode());
        assertTrue(header(slash, "Content-Type").startsWith("application/problem+json"), slash::toString);
    }
}
