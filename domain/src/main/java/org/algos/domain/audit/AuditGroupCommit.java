package org.algos.domain.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Writes the events of reads durably, many requests' at a time, as databases commit their log:
 * each request adds its event and takes the writer's lock; whoever holds it writes every event
 * waiting in one transaction and one commit, and the others find theirs written when the lock
 * comes to them. One request alone pays one commit; thirty-two at once share a few.
 *
 * <p>A read changes nothing, so its event need not share its transaction: it only has to be on
 * disk before the answer goes out, which it is when {@link #write} returns. The writer uses a
 * small pool of its own ({@link #DATA_SOURCE}, outside the requests' transactions), so it never
 * waits for a connection held by a request that waits for it.
 */
@ApplicationScoped
public class AuditGroupCommit {

    /** The audit writer's own pool: the application's database, not enlisted in transactions. */
    public static final String DATA_SOURCE = "java:app/jdbc/algos-audit";

    private static final String INSERT = "insert into audit_queue (id, occurred_at, username, user_role, action,"
            + " patient_id, resource, outcome, purpose, detail, flagged) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    protected AuditGroupCommit() {
    }

    /** For a caller without a container: writes through {@code dataSource}. */
    public AuditGroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns once the event is committed under {@code id} (drawn from the queue's sequence, so
     * that the queue keeps the order events were recorded in); throws if its commit failed.
     */
    public void write(long id, AuditFacts event) {
        Pending mine = new Pending(id, event);
        waiting.add(mine);
        writer.lock();
        try {
            if (!mine.written) {
                writeWaiting();
            }
        } finally {
            writer.unlock();
        }
        if (mine.failure != null) {
            throw new IllegalStateException("The audit event could not be written: " + mine.failure.getMessage(),
                    mine.failure);
        }
    }

    private void writeWaiting() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; (p = waiting.poll()) != null; ) {
            batch.add(p);
        }
        SQLException failure = null;
        try {
            insert(batch);
        } catch (SQLException e) {
            failure = e;
        }
        for (Pending p : batch) {
            p.failure = failure;
            p.written = true;
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending p : batch) {
                    AuditFacts f = p.event;
                    insert.setLong(1, p.id);
                    insert.setTimestamp(2, Timestamp.valueOf(f.occurredAt()));
                    insert.setString(3, f.username());
                    insert.setString(4, f.userRole());
                    insert.setString(5, f.action().name());
                    if (f.patientId() == null) {
                        insert.setNull(6, Types.BIGINT);
                    } else {
                        insert.setLong(6, f.patientId());
                    }
                    insert.setString(7, f.resource());
                    insert.setString(8, f.outcome().name());
                    insert.setString(9, f.purpose());
                    insert.setString(10, f.detail());
                    insert.setBoolean(11, f.flagged());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static final class Pending {
        private final long id;
        private final AuditFacts event;
        private volatile boolean written;
        private volatile SQLException failure;

        Pending(long id, AuditFacts event) {
            this.id = id;
            this.event = event;
        }
    }
}
