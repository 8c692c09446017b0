package org.algos.web.fhir.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where export files are written ({@code ALGOS_DATA/bulk-export}) and how long they are kept
 * ({@code algos.bulk-export.retention-hours}, 24: long enough for a warehouse's nightly load,
 * short enough that copies of every record do not pile up on the server).
 */
@ApplicationScoped
public class BulkExportSettings {

    @Inject
    @ConfigProperty(name = "algos.data", defaultValue = "./data")
    String data;

    @Inject
    @ConfigProperty(name = "algos.bulk-export.retention-hours", defaultValue = "24")
    int retentionHours;

    public Path directory(String jobId) {
        return Path.of(data, "bulk-export", jobId);
    }

    public Duration retention() {
        return Duration.ofHours(retentionHours);
    }
}
