package org.algos.web.it;

import java.io.IOException;
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

/**
 * A portal session without a browser: signs in through the sign-in form as a browser would (its
 * view state and script nonce), reads pages as HTML and posts forms, optionally as if through a
 * TLS proxy ({@code X-Forwarded-Proto: https}).
 */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("ViewState:0\" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final boolean behindTls;
    private final HttpClient http;
    private final HttpClient noRedirects;
    private String sessionCookie;

    private PortalSession(URI base, boolean behindTls) {
        this.base = base;
        this.behindTls = behindTls;
        CookieManager cookies = new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        this.noRedirects = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static PortalSession signIn(URI base, String username, String password) {
        return signIn(base, username, password, false);
    }

    static PortalSession signIn(URI base, String username, String password, boolean behindTls) {
        PortalSession session = new PortalSession(base, behindTls);
        String page = session.get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        HttpResponse<String> answer = session.post("login.xhtml", form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")), false);
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("/app/")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + answer.statusCode());
        }
        session.sessionCookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        return session;
    }

    /** The session cookie as the sign-in's answer set it, attributes included. */
    String sessionCookie() {
        return sessionCookie;
    }

    /** The page's HTML; fails unless it answers 200. */
    String get(String path) {
        HttpResponse<String> r = send(http, request(path).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The status a page answers with, without following a redirect to the sign-in page. */
    int status(String path) {
        return send(noRedirects, request(path).GET()).statusCode();
    }

    /** Posts a form (URL-encoded), as a full page or an ajax request; the answer, redirects not followed. */
    HttpResponse<String> post(String path, String form, boolean ajax) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax");
        }
        return send(noRedirects, b);
    }

    static String nonce(String page) {
        return first(NONCE, page, "script nonce");
    }

    static String viewState(String page) {
        return first(VIEW_STATE, page, "form state");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (behindTls) {
            b.header("X-Forwarded-Proto", "https");
        }
        return b;
    }

    private static String first(Pattern pattern, String page, String what) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the page has no " + what);
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
