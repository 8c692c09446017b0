package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL loses no acknowledged write: patients registered (201) just before
 * the kill are all there after a restart on the same embedded H2 database, and the audit chain is
 * intact. Starts its own Payara Micro, as bin/algos does, since it kills it: the only test that
 * does not use the server the build started.
 */
class CrashRecoveryIT {

    private static final int WRITES = 25;

    private final Path data = Path.of("target", "crash-data").toAbsolutePath();
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void acknowledgedWritesSurviveKillDashNine() throws Exception {
        deleteRecursively(data);
        int port = freePort();
        URI base = URI.create("http://localhost:" + port + "/");

        server = start(port);
        ApiClient drLee = ApiClient.as(base, "dr.lee");
        List<JsonObject> acknowledged = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            ApiClient.Reply r = drLee.post("api/patients", "{\"mrn\":\"CRASH-" + i + "\",\"givenName\":\"Kill\","
                    + "\"familyName\":\"Nine" + i + "\",\"birthDate\":\"1970-01-01\",\"sex\":\"unknown\"}");
            assertEquals(201, r.status(), r::toString);
            acknowledged.add(r.json());
        }
        server.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush, no clean close
        server = start(port);

        for (JsonObject written : acknowledged) {
            ApiClient.Reply r = drLee.get("api/patients/" + written.getJsonNumber("id").longValue());
            assertEquals(200, r.status(), () -> "lost after the kill: " + written + " -> " + r);
            assertEquals(written.getString("mrn"), r.json().getString("mrn"));
            assertEquals(written.getString("familyName"), r.json().getString("familyName"));
        }
        JsonObject verify = ApiClient.as(base, "auditor").get("api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
    }

    private Process start(int port) throws IOException, InterruptedException {
        String micro = System.getProperty("payara.microJar", "target/payara-micro.jar");
        String war = System.getProperty("algos.war", "target/algos.war");
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx768m", "-jar", micro, "--nocluster",
                "--rootDir", data.resolve("payara").toString(), "--port", String.valueOf(port),
                "--contextroot", "/", "--deploy", war)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ALGOS_DATA", data.toString());
        env.put("ALGOS_DEMO", "true");
        env.keySet().removeIf(name -> name.startsWith("ALGOS_DB_") || name.startsWith("ALGOS_OIDC_"));
        Process process = builder.start();
        awaitReady(URI.create("http://localhost:" + port + "/"), process);
        return process;
    }

    private static void awaitReady(URI base, Process process) throws InterruptedException {
        ApiClient anonymous = ApiClient.anonymous(base);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see target/crash-data/server.log");
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
        throw new IllegalStateException("Payara Micro was not ready within 4 minutes");
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
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
