package org.algos.web.fhir.bulk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.algos.domain.common.Clocks;

/**
 * Keeps the exports' files from outliving their use: at boot, an export that was running when the
 * server stopped is failed (its files are incomplete; the warehouse starts it again), and every
 * quarter of an hour the completed exports past their retention lose their files.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BulkExportHousekeeping {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulkExportSettings settings;

    @Inject
    private Clock clock;

    @PostConstruct
    void failInterrupted() {
        LocalDateTime now = Clocks.nowUtc(clock);
        for (BulkExportJob job : em.createQuery("select j from BulkExportJob j where j.status = :running",
                BulkExportJob.class).setParameter("running", BulkExportStatus.RUNNING).getResultList()) {
            job.failed("The server stopped during the export; start it again.", now);
            settings.deleteFiles(job.id());
        }
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void expire() {
        LocalDateTime now = Clocks.nowUtc(clock);
        for (BulkExportJob job : em.createQuery("select j from BulkExportJob j where j.status = :done"
                        + " and j.expiresAt <= :now", BulkExportJob.class)
                .setParameter("done", BulkExportStatus.COMPLETED).setParameter("now", now).getResultList()) {
            job.expired();
            settings.deleteFiles(job.id());
        }
    }
}
