package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The security headers on a portal page, an API answer and a static resource. */
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
            assertTrue(header(r, "Permissions-Policy").contains("camera=()"));
            assertEquals("no-store", header(r, "Cache-Control"), r::toString);
            assertEquals("", header(r, "Strict-Transport-Security"), "plain HTTP gets no HSTS");
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
}
