package org.algos.web.fhir.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * A warehouse account's exports: kick-off, status, cancellation and files. An account sees its
 * own exports only (another's id is unknown to it) and runs one at a time. The kick-off is
 * audited and flagged for review: it discloses every record at once.
 */
@Stateless
@RolesAllowed(Role.BULK_EXPORT_ROLE)
public class BulkExports {

    static final String RESOURCE = "Patient/$export";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private BulkExportSettings settings;

    @Inject
    private Clock clock;

    /** Records the export; the caller then starts {@link BulkExportRunner#run} once this has committed. */
    public BulkExportJob start(BulkExportRequest request, String requestUrl) {
        Caller caller = callers.current();
        em.createQuery("select j.id from BulkExportJob j where j.requestedBy = :u and j.status = :running",
                        String.class)
                .setParameter("u", caller.username()).setParameter("running", BulkExportStatus.RUNNING)
                .setMaxResults(1).getResultList().stream().findFirst().ifPresent(running -> {
                    throw new ConflictException("Export " + running + " of this account is still running; wait"
                            + " for it to complete or cancel it (DELETE its status URL) first.");
                });
        BulkExportJob job = new BulkExportJob(UUID.randomUUID().toString(), caller.username(),
                Clocks.nowUtc(clock), requestUrl, request);
        em.persist(job);
        audit.record(caller, AuditRecord.success(AuditAction.READ, null, RESOURCE, "bulk export",
                "FHIR bulk export " + job.id() + " of every patient started: " + String.join(", ", request.types())
                        + (request.since() == null ? "" : ", changed since " + request.since() + " UTC"), true));
        return job;
    }

    /** The caller's export; unknown, or another account's, is not found. */
    public BulkExportJob status(String jobId) {
        BulkExportJob job = em.find(BulkExportJob.class, jobId);
        if (job == null || !job.requestedBy().equals(callers.current().username())) {
            throw new NotFoundException("No export " + jobId + " of this account.");
        }
        return job;
    }

    /**
     * Cancels a running export or deletes a completed one's files (the IG's DELETE on the status
     * URL): either way it is gone for the client. A running export stops at its next page.
     */
    public void cancel(String jobId) {
        BulkExportJob job = status(jobId);
        if (job.status() == BulkExportStatus.CANCELLED) {
            throw new NotFoundException("Export " + jobId + " was cancelled already.");
        }
        job.cancelled(Clocks.nowUtc(clock));
        settings.deleteFiles(job.id());
    }

    /** A completed export's file of one type, its download audited. */
    public Path file(String jobId, String type) {
        BulkExportJob job = status(jobId);
        if (job.status() != BulkExportStatus.COMPLETED || !job.files().containsKey(type)) {
            throw new NotFoundException("Export " + jobId + " has no " + type + " file"
                    + (job.status() == BulkExportStatus.COMPLETED ? "." : " (it is " + job.status().name()
                    .toLowerCase() + ")."));
        }
        Path file = settings.directory(job.id()).resolve(NdjsonFiles.fileName(type));
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("The " + type + " file of export " + jobId + " is no longer on the server.");
        }
        audit.record(callers.current(), AuditRecord.success(AuditAction.READ, null, RESOURCE, "bulk export",
                "FHIR bulk export " + job.id() + ": " + type + " file downloaded", false));
        return file;
    }
}
