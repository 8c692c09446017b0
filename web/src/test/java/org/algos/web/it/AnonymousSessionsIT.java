package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Nobody gets a server session before signing in: 50,000 requests without a cookie (the sign-in
 * and password pages, an error page, the API without credentials) leave the number of live
 * sessions where it was and never set a cookie, so anonymous traffic cannot fill the server's
 * memory with sessions that live half an hour.
 */
class AnonymousSessionsIT {

    private static final int REQUESTS = 50_000;
    private static final int IN_FLIGHT = 4;
    /** What anonymous clients ask for, with the answer each gets, in turn. */
    private static final List<Map.Entry<String, Integer>> MIX = List.of(
            Map.entry("login.xhtml", 200), Map.entry("api/patients", 401), Map.entry("password.xhtml", 200),
            Map.entry("api/instruments", 401), Map.entry("no-such-page", 404), Map.entry("api/patients/1", 401));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void fiftyThousandAnonymousRequestsCreateNoSession() throws Exception {
        URI base = AlgosServer.baseUri();
        long before = activeSessions(base);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicInteger cookies = new AtomicInteger();
        Map<String, Integer> unexpected = new ConcurrentHashMap<>();
        CompletableFuture<?>[] all = new CompletableFuture<?>[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            Map.Entry<String, Integer> ask = MIX.get(i % MIX.size());
            inFlight.acquire();
            all[i] = http.sendAsync(HttpRequest.newBuilder(base.resolve(ask.getKey())).GET().build(),
                            HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, failure) -> {
                        inFlight.release();
                        if (failure != null || r.statusCode() != ask.getValue()) {
                            unexpected.merge(ask.getKey() + " " + (failure != null ? failure : r.statusCode()), 1,
                                    Integer::sum);
                        } else if (r.headers().firstValue("Set-Cookie").isPresent()) {
                            cookies.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(all).exceptionally(ignored -> null).join();
        assertTrue(unexpected.isEmpty(), () -> "unexpected answers: " + unexpected);
        assertEquals(0, cookies.get(), "no anonymous answer sets a cookie");
        assertEquals(before, activeSessions(base), "no session was created");
    }

    /** The live sessions, from the application's metrics. */
    private long activeSessions(URI base) throws Exception {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(base.resolve("metrics?scope=application"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics::body);
        return metrics.body().lines().filter(l -> l.startsWith("algos_sessions_active"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).mapToLong(v -> (long) Double.parseDouble(v))
                .findFirst().orElseThrow(() -> new AssertionError("no algos_sessions_active in " + metrics.body()));
    }
}
