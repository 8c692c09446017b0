package org.algos.web.fhir.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.common.Clocks;
import org.algos.domain.user.Role;
import org.algos.web.fhir.ApiAddress;
import org.algos.web.fhir.PatientEverything;

/**
 * The steps of an export, each in a transaction of its own: a page of patients is one access
 * check (one audit event per patient, naming the export), their records read through the same
 * mappings as {@code $everything}, and the progress saved, so a long export holds no
 * transaction and no more than a page in memory. With {@code _since}, the patients are those
 * whose record a change was audited for after that time (see docs/fhir.md).
 */
@Stateless
@RolesAllowed(Role.BULK_EXPORT_ROLE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkExportPages {

    /** Patients per transaction: a page's resources are what the export holds in memory. */
    static final int PAGE = 50;

    private static final String CHANGED = " exists (select 1 from %s a where a.patient_id = p.id"
            + " and a.occurred_at > ?1 and a.outcome = 'SUCCESS' and a.action in ('CREATE', 'UPDATE', 'DELETE'))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private PatientEverything everything;

    @Inject
    private ApiAddress api;

    @Inject
    private Clock clock;

    /** What a step did: the last patient written, and whether the export goes on. */
    public record Step(long lastPatientId, boolean more) {
    }

    /** Counts the patients the export covers, for its progress. */
    public void count(String jobId) {
        BulkExportJob job = em.find(BulkExportJob.class, jobId);
        Query count = em.createNativeQuery("select count(*) from patient p" + where(job.since()));
        bindSince(count, job.since());
        job.counted(((Number) count.getSingleResult()).intValue());
    }

    /**
     * Writes the next page of patients after {@code afterPatientId}; stops (more = false) when none
     * is left or the export was cancelled meanwhile.
     */
    public Step next(String jobId, long afterPatientId, NdjsonFiles files, String apiBase) {
        BulkExportJob job = em.find(BulkExportJob.class, jobId);
        if (job == null || job.status() != BulkExportStatus.RUNNING) {
            return new Step(afterPatientId, false);
        }
        String where = where(job.since());
        Query page = em.createNativeQuery("select p.id from patient p" + where + (where.isEmpty() ? " where" : " and")
                + " p.id > ?2 order by p.id").setParameter(2, afterPatientId).setMaxResults(PAGE);
        bindSince(page, job.since());
        List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return new Step(afterPatientId, false);
        }
        api.use(apiBase);
        List<AuthorizedPatient> proofs = guard.authorizeBulkExport(ids, BulkExports.RESOURCE,
                "FHIR bulk export " + jobId + ": " + everything.contents());
        for (AuthorizedPatient patient : proofs) {
            everything.recordOf(patient).forEach(files::write);
        }
        job.progressed(ids.size());
        return new Step(ids.get(ids.size() - 1), true);
    }

    /** Whether the export is still wanted (not cancelled while its last page was written). */
    public boolean complete(String jobId, Map<String, Integer> counts, BulkExportSettings settings) {
        BulkExportJob job = em.find(BulkExportJob.class, jobId);
        if (job.status() != BulkExportStatus.RUNNING) {
            return false;
        }
        job.completed(counts, Clocks.nowUtc(clock), settings.retention());
        return true;
    }

    public void fail(String jobId, String why) {
        BulkExportJob job = em.find(BulkExportJob.class, jobId);
        if (job != null && job.status() == BulkExportStatus.RUNNING) {
            job.failed(why, Clocks.nowUtc(clock));
        }
    }

    private static String where(LocalDateTime since) {
        if (since == null) {
            return "";
        }
        // A change is in the chain once sealed, in the queue until then: both are asked.
        return " where (" + CHANGED.formatted("audit_event") + " or" + CHANGED.formatted("audit_queue") + ")";
    }

    private static void bindSince(Query query, LocalDateTime since) {
        if (since != null) {
            query.setParameter(1, since);
        }
    }
}
