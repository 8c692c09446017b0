package org.algos.domain.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Writes the events of reads durably, many requests' at a time, as databases commit their log:
 * each request adds its event and waits; a log writer thread takes every event waiting, writes
 * them in one transaction and one commit, and wakes their requests together. One request alone
 * pays one commit; thirty-two at once share a few.
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

    /** The step of audit_queue_seq, which QueuedAuditEvent's allocation size matches. */
    private static final int ID_BLOCK = 50;

    private static final String INSERT = "insert into audit_queue (id, occurred_at, username, user_role, action,"
            + " patient_id, resource, outcome, purpose, detail, flagged) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    /** The block of queue ids this node holds: (nextId, lastId], drawn 50 at a time as EclipseLink does. */
    private long nextId;
    private long lastId;
    private final ReentrantLock writer = new ReentrantLock();

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    /** The log writer: takes whatever is waiting, writes it in one commit, wakes the requests. */
    private Thread logWriter;
    private volatile boolean stopping;

    protected AuditGroupCommit() {
    }

    @PostConstruct
    void startLogWriter() {
        if (threads != null) {
            logWriter = threads.newThread(this::writeUntilStopped);
            logWriter.setName("algos-audit-group-commit");
            logWriter.start();
        }
    }

    @PreDestroy
    void stopLogWriter() {
        stopping = true;
        if (logWriter != null) {
            logWriter.interrupt();
            try {
                logWriter.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writeWaiting(); // what arrived while stopping
    }

    private void writeUntilStopped() {
        while (!stopping) {
            try {
                Pending first = waiting.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    waiting.drainTo(batch);
                    write(batch);
                }
            } catch (InterruptedException e) {
                return; // stopping: stopLogWriter writes the rest
            }
        }
    }

    /** For a caller without a container: writes through {@code dataSource}. */
    public AuditGroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns once the event is committed under {@code id} (from {@link #nextId()}); throws if the
     * commit that carried it failed.
     */
    public void write(long id, AuditFacts event) {
        Pending mine = new Pending(id, event);
        waiting.add(mine);
        if (logWriter == null || stopping) {
            // no log writer (no container, or shutting down): whoever holds the lock writes for all
            writer.lock();
            try {
                if (!mine.written) {
                    writeWaiting();
                }
            } finally {
                writer.unlock();
            }
        } else {
            mine.awaitWritten();
        }
        if (mine.failure != null) {
            throw new IllegalStateException("The audit event could not be written: " + mine.failure.getMessage(),
                    mine.failure);
        }
    }

    private void writeWaiting() {
        List<Pending> batch = new ArrayList<>();
        waiting.drainTo(batch);
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void write(List<Pending> batch) {
        SQLException failure = null;
        try {
            insert(batch);
        } catch (SQLException e) {
            failure = e;
        }
        for (Pending p : batch) {
            p.failure = failure;
            p.written = true;
            p.done.countDown();
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

    /**
     * The next id of the audit queue, for every event this node records, so that the queue keeps
     * the order they were recorded in. Blocks are drawn on this pool's own connections: a
     * request never waits for a second connection of its pool (or for EclipseLink's sequencing
     * lock held by one that does). The sequence steps by 50 and each value is the top of a block,
     * as EclipseLink reads it, so no id is handed out twice.
     */
    public synchronized long nextId() {
        if (nextId >= lastId) {
            try (Connection connection = dataSource.getConnection(); Statement next = connection.createStatement();
                 ResultSet top = next.executeQuery(connection.getMetaData().getDatabaseProductName()
                         .toLowerCase(Locale.ROOT).contains("postgres")
                         ? "select nextval('audit_queue_seq')" : "select next value for audit_queue_seq")) {
                top.next();
                lastId = top.getLong(1);
                nextId = lastId - ID_BLOCK;
            } catch (SQLException e) {
                throw new IllegalStateException("No audit event id could be drawn: " + e.getMessage(), e);
            }
        }
        return ++nextId;
    }

    private static final class Pending {
        private final long id;
        private final AuditFacts event;
        private volatile boolean written;
        private volatile SQLException failure;

        private final CountDownLatch done = new CountDownLatch(1);

        Pending(long id, AuditFacts event) {
            this.id = id;
            this.event = event;
        }

        void awaitWritten() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the audit event was being written", e);
            }
        }
    }
}
