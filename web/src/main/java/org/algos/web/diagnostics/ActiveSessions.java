package org.algos.web.diagnostics;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The HTTP sessions alive, as the application metric {@code algos_sessions_active}. A session
 * exists only from a portal sign-in on (the sign-in page and the API create none), so this is
 * the number of people signed in to the portal, not of visitors: what operations watch for
 * memory, and what a test of anonymous traffic holds at zero.
 */
@WebListener
public class ActiveSessions implements HttpSessionListener, ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ActiveSessions.class.getName());

    private final AtomicLong active = new AtomicLong();

    /** Absent when the deployment switched metrics off (ALGOS_METRICS=off). */
    @Inject
    private Instance<MetricRegistry> metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            if (metrics.isResolvable()) {
                metrics.get().gauge("algos.sessions.active", active, AtomicLong::get);
            }
        } catch (RuntimeException metricsOff) {
            LOG.info("Metrics are off: algos_sessions_active is not published");
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        active.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        active.decrementAndGet();
    }
}
