package org.algos.web.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The running Payara Micro with the WAR as built, that the build started for this Failsafe
 * execution ({@code bin/algos test-server start}) and named with {@code -Dalgos.it.url}. Servers
 * boot side by side, so the first test to ask waits, bounded, until the application answers.
 */
final class AlgosServer {

    private static final Duration WAIT = Duration.ofSeconds(Integer.getInteger("algos.it.serverWaitSeconds", 300));
    private static URI ready;
    private static AssertionError failed;

    private AlgosServer() {
    }

    /** The base URL, ending in "/", once Payara is ready and the application answers. */
    static synchronized URI baseUri() {
        if (ready == null && failed == null) {
            String url = System.getProperty("algos.it.url", "");
            if (url.isBlank()) {
                failed = new AssertionError("algos.it.url is not set: run the integration tests through"
                        + " ./mvnw verify, which starts the servers, or name a running one with"
                        + " -Dalgos.it.url=http://localhost:8080/");
            } else {
                URI base = URI.create(url.endsWith("/") ? url : url + "/");
                try {
                    awaitApplication(base);
                    ready = base;
                } catch (AssertionError e) {
                    failed = e;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return ready;
    }

    /**
     * Waits for Payara's readiness and the sign-in page. A failed deployment leaves Payara
     * "ready" with 404s; that, or a server that exited, fails at once with the log's SEVERE lines.
     */
    private static void awaitApplication(URI base) {
        Optional<Path> dir = Optional.ofNullable(System.getProperty("algos.it.serverDir")).map(Path::of);
        ApiClient anonymous = ApiClient.anonymous(base);
        Instant deadline = Instant.now().plus(WAIT);
        Instant readyWithoutApplication = null;
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (dir.isPresent() && !running(dir.get())) {
                throw new AssertionError("The test server exited" + diagnosis(dir));
            }
            try {
                int health = anonymous.get("health/ready").status();
                int login = anonymous.get("login.xhtml").status();
                if (health == 200 && login == 200) {
                    return;
                }
                last = "health/ready " + health + ", login.xhtml " + login;
                if (readyWithoutApplication == null && payaraReady(dir, health)) {
                    readyWithoutApplication = Instant.now();
                } else if (readyWithoutApplication != null
                        && readyWithoutApplication.plusSeconds(15).isBefore(Instant.now())) {
                    throw new AssertionError("The application did not deploy on " + base + " (" + last + ")"
                            + diagnosis(dir));
                }
            } catch (IllegalStateException notListeningYet) {
                last = notListeningYet.getMessage();
            }
            pause();
        }
        throw new AssertionError("The application did not answer on " + base + " within " + WAIT.toSeconds() + " s ("
                + last + ")" + diagnosis(dir));
    }

    /** Payara's own word when its log is known (it deploys the application first), else its readiness. */
    private static boolean payaraReady(Optional<Path> dir, int health) {
        if (dir.isEmpty()) {
            return health == 200;
        }
        try (var lines = Files.lines(dir.get().resolve("server.log"))) {
            return lines.anyMatch(l -> l.matches(".*Payara Micro .* ready in .*"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean running(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("server.pid")).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException noPidFile) {
            return true; // started elsewhere: only the HTTP answers tell
        }
    }

    private static String diagnosis(Optional<Path> dir) {
        if (dir.isEmpty()) {
            return "";
        }
        Path log = dir.get().resolve("server.log");
        try {
            List<String> severe = Files.readAllLines(log).stream()
                    .filter(l -> l.contains("SEVERE") || l.startsWith("Caused by")).distinct().limit(12).toList();
            return "; see " + log + (severe.isEmpty() ? "" : ":\n" + String.join("\n", severe));
        } catch (IOException e) {
            return "; no log at " + log;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
