package org.algos.web.fhir.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.algos.domain.user.Role;

/**
 * Runs an export in the background, as the account that asked for it (an asynchronous call keeps
 * the caller's identity, so every page is checked and audited as theirs): page after page into
 * the NDJSON files, then the manifest's list of files. A cancelled or failed export leaves no file.
 */
@Stateless
@RolesAllowed(Role.BULK_EXPORT_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkExportRunner {

    private static final Logger LOG = Logger.getLogger(BulkExportRunner.class.getName());

    @Inject
    private BulkExportPages pages;

    @Inject
    private BulkExportSettings settings;

    /** @param apiBase the REST API's address as the warehouse reached it, for links to documents */
    @Asynchronous
    public void run(String jobId, List<String> types, String apiBase) {
        Path directory = settings.directory(jobId);
        boolean kept = false;
        try {
            pages.count(jobId);
            Map<String, Integer> counts;
            try (NdjsonFiles files = new NdjsonFiles(directory, types)) {
                BulkExportPages.Step step = new BulkExportPages.Step(0, true);
                while (step.more()) {
                    step = pages.next(jobId, step.lastPatientId(), files, apiBase);
                }
                counts = files.counts();
            }
            kept = pages.complete(jobId, counts, settings);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Bulk export " + jobId + " failed", e);
            pages.fail(jobId, "The export stopped: " + e.getClass().getSimpleName()
                    + " (the server's log has the incident under export " + jobId + ")");
        } finally {
            if (!kept) {
                settings.deleteFiles(jobId);
            }
        }
    }
}
