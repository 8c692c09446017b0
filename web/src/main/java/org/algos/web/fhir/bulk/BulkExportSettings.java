package org.algos.web.fhir.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where export files are written ({@code ALGOS_DATA/bulk-export}) and how long they are kept
 * ({@code algos.bulk-export.retention-hours}, 24: long enough for a warehouse's nightly load,
 * short enough that copies of every record do not pile up on the server).
 */
@ApplicationScoped
public class BulkExportSettings {

    private static final Logger LOG = Logger.getLogger(BulkExportSettings.class.getName());

    @Inject
    @ConfigProperty(name = "algos.data", defaultValue = "./data")
    String data;

    @Inject
    @ConfigProperty(name = "algos.bulk-export.retention-hours", defaultValue = "24")
    int retentionHours;

    public Path directory(String jobId) {
        return Path.of(data, "bulk-export", jobId);
    }

    /**
     * Deletes an export's files. A failure is logged, not thrown: the export is cancelled, failed or
     * expired all the same, and its status no longer offers the files.
     */
    public void deleteFiles(String jobId) {
        try {
            NdjsonFiles.delete(directory(jobId));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The files of export " + jobId + " could not be deleted", e);
        }
    }

    public Duration retention() {
        return Duration.ofHours(retentionHours);
    }
}
