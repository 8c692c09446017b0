package org.algos.web.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A portal session without a browser: signs in through the sign-in form and reads pages as HTML. */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("ViewState:0\" value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;

    private PortalSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static PortalSession signIn(URI base, String username, String password) {
        PortalSession session = new PortalSession(base);
        Matcher viewState = VIEW_STATE.matcher(session.get("login.xhtml"));
        if (!viewState.find()) {
            throw new IllegalStateException("the sign-in page has no form state");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        session.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return session;
    }

    /** The page's HTML; fails unless it answers 200. */
    String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** The status a page answers with, without following a redirect to the sign-in page. */
    int status(String path) {
        try {
            HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            return noRedirects.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.uri() + " answered " + r.statusCode());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
