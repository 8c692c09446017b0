package org.algos.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.algos.domain.audit.AuditSealer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs this node's sequencer every {@code algos.audit.seal-interval-ms} (250 ms): an event is
 * sealed and covered by a signed checkpoint well within a second of its commit. At shutdown it
 * seals what is left, so a stopped server leaves no event outside a checkpoint.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealing {

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private AuditSealer sealer;

    @Inject
    @ConfigProperty(name = "algos.audit.seal-interval-ms", defaultValue = "250")
    private long intervalMillis;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        sealer.sealPending();
        schedule = scheduler.scheduleWithFixedDelay(this::seal, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void seal() {
        try {
            sealer.sealPending();
        } catch (RuntimeException e) {
            AuditSealer.logFailure(e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        seal();
    }
}
