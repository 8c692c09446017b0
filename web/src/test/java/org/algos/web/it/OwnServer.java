package org.algos.web.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Payara Micro of a test's own, with the WAR as built, on a free port and its own data folder,
 * started as bin/algos starts it: for the tests that cannot use the server the build started,
 * because they kill it (CrashRecoveryIT) or need settings of their own (DemoClinicIT). The
 * application's settings are the {@code ALGOS_*} environment variables given; the database and
 * single sign-on settings of the test run are left out, so it runs on its own embedded H2.
 */
final class OwnServer implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofMinutes(4);

    private final Path data;
    private final Map<String, String> settings;
    private final int port;
    private Process process;

    private OwnServer(Path data, Map<String, String> settings, int port) {
        this.data = data;
        this.settings = new LinkedHashMap<>(settings);
        this.port = port;
    }

    /** A server on an empty data folder (what was there is deleted) and a free port; not started yet. */
    static OwnServer fresh(Path data, Map<String, String> settings) throws IOException {
        deleteRecursively(data);
        return new OwnServer(data.toAbsolutePath(), settings, freePort());
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Starts it (again, on the same port and data) and waits until the application answers. */
    void start() throws IOException, InterruptedException {
        String micro = System.getProperty("payara.microJar", "target/payara-micro.jar");
        String war = System.getProperty("algos.war", "target/algos.war");
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx768m", "-jar", micro, "--nocluster",
                "--rootDir", data.resolve("payara").toString(), "--port", String.valueOf(port),
                "--contextroot", "/", "--deploy", war)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("ALGOS_DB_") || name.startsWith("ALGOS_OIDC_"));
        env.put("ALGOS_DATA", data.toString());
        env.putAll(settings);
        process = builder.start();
        awaitReady();
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    Path log() {
        return data.resolve("server.log");
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitReady() throws InterruptedException {
        ApiClient anonymous = ApiClient.anonymous(base());
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + log());
            }
            try {
                if (anonymous.get("health/ready").status() == 200 && anonymous.get("login.xhtml").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // connection refused while the server starts
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + START_WITHIN.toMinutes()
                + " minutes; see " + log());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
