package org.algos.web.diagnostics;

import java.util.logging.Logger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the persistence unit sends, per request thread. Registered on the
 * persistence unit (eclipselink.session-event-listener); costs one thread-local increment per
 * statement, and its count is only shown when {@link Diagnostics} is switched on.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(StatementCounter.class.getName());

    /** With -Dalgos.diagnostics.sql-log=true every statement is also logged with its running count. */
    private static final boolean LOG_EACH = Boolean.getBoolean("algos.diagnostics.sql-log");

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        int n = ++COUNT.get()[0];
        if (LOG_EACH) {
            LOG.info(() -> "statement " + n + ": " + event.getCall());
        }
    }

    /** Starts counting afresh for the request this thread now serves. */
    static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements sent by this thread since its request began. */
    static int count() {
        return COUNT.get()[0];
    }
}
