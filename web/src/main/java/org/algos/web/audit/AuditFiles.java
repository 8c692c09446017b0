package org.algos.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.algos.domain.audit.AuditCheckpoints;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the audit signing key and the checkpoint log live: under ALGOS_DATA by default, or where
 * hospital IT says (ALGOS_AUDIT_SIGNING_KEY, ALGOS_AUDIT_CHECKPOINT_LOG), which is best on a disk
 * or share the database's administrators cannot write; ALGOS_AUDIT_SYSLOG (host:port) sends a
 * copy of every checkpoint to a syslog collector.
 */
@ApplicationScoped
public class AuditFiles {

    @Inject
    @ConfigProperty(name = "algos.data", defaultValue = "./data")
    private String data;

    @Inject
    @ConfigProperty(name = "algos.audit.signing-key")
    private Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "algos.audit.checkpoint-log")
    private Optional<String> checkpointLog;

    @Inject
    @ConfigProperty(name = "algos.audit.syslog")
    private Optional<String> syslog;

    @Produces
    @Singleton
    AuditCheckpoints checkpoints() {
        Path audit = Path.of(data, "audit");
        return new AuditCheckpoints(signingKey.filter(s -> !s.isBlank()).map(Path::of)
                .orElse(audit.resolve("signing-key.pem")),
                checkpointLog.filter(s -> !s.isBlank()).map(Path::of).orElse(audit.resolve("checkpoints.log")),
                syslog.orElse(null));
    }
}
