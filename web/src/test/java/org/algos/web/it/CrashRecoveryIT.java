package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL loses no acknowledged write: patients registered (201) just before
 * the kill are all there after a restart on the same embedded H2 database, and the audit chain is
 * intact. Starts its own Payara Micro, as bin/algos does, since it kills it; the demo accounts
 * without their history, as on the build's servers.
 */
class CrashRecoveryIT {

    private static final int WRITES = 25;

    private OwnServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acknowledgedWritesSurviveKillDashNine() throws Exception {
        server = OwnServer.fresh(Path.of("target", "crash-data"),
                Map.of("ALGOS_DEMO", "true", "ALGOS_DEMO_HISTORY", "false"));
        URI base = server.base();

        server.start();
        ApiClient drLee = ApiClient.as(base, "dr.lee");
        List<JsonObject> acknowledged = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            ApiClient.Reply r = drLee.post("api/patients", "{\"mrn\":\"CRASH-" + i + "\",\"givenName\":\"Kill\","
                    + "\"familyName\":\"Nine" + i + "\",\"birthDate\":\"1970-01-01\",\"sex\":\"unknown\"}");
            assertEquals(201, r.status(), r::toString);
            acknowledged.add(r.json());
        }
        server.kill();
        server.start();

        for (JsonObject written : acknowledged) {
            ApiClient.Reply r = drLee.get("api/patients/" + written.getJsonNumber("id").longValue());
            assertEquals(200, r.status(), () -> "lost after the kill: " + written + " -> " + r);
            assertEquals(written.getString("mrn"), r.json().getString("mrn"));
            assertEquals(written.getString("familyName"), r.json().getString("familyName"));
        }
        JsonObject verify = ApiClient.as(base, "auditor").get("api/audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
    }
}
