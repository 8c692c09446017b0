package org.algos.domain.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditHash;
import org.algos.domain.audit.AuditReview;
import org.algos.domain.audit.AuditVerification;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What someone with the database's own rights (but not the signing key) can do to the audit
 * trail while the server is stopped, and that the next verification finds it, naming the first
 * event concerned. Each test writes a trail of its own in sealed batches on a fresh database,
 * stops the application, edits the database with plain SQL as its owner would (dropping or
 * disabling the append-only guard first), starts the application again and verifies.
 * Subclasses give the database: an H2 file, a PostgreSQL database.
 */
public abstract class AuditTamperContract {

    private InMemoryDatabase db;
    private List<AuditEvent> trail;

    /** A fresh, empty database for one test. */
    protected abstract InMemoryDatabase freshDatabase() throws SQLException;

    /** Lifts the database's append-only guard, as its owner can. */
    protected abstract void liftAppendOnlyGuard(Statement owner) throws SQLException;

    /** Drops the database made by {@link #freshDatabase}, if it must be. */
    protected void dropDatabase() throws SQLException {
    }

    @BeforeEach
    void writeATrailInBatches() throws SQLException {
        db = freshDatabase();
        Patient jane = db.people().patient("Jane", "Tamper");
        Caller lee = db.people().physician("dr.lee.tamper", jane);
        db.actAs(lee);
        for (int batch = 0; batch < 4; batch++) {
            for (int i = 0; i < 3; i++) {
                db.run(() -> db.guard().authorize(jane.id(), AuditAction.READ, "Patient/" + jane.id(), "read"));
            }
            db.seal();
        }
        trail = db.auditEvents();
        db.stop();
    }

    @AfterEach
    void closeTheDatabase() throws SQLException {
        db.close();
        dropDatabase();
    }

    private AuditVerification restartAndVerify() throws SQLException {
        db.closeH2File();
        db.start();
        Caller auditor = db.people().staff("auditor.tamper." + System.nanoTime(), Role.AUDITOR);
        db.actAs(auditor);
        AuditReview review = db.service(AuditReview.class);
        return db.call(() -> review.verify(auditor, false));
    }

    private void tamper(String... statements) throws SQLException {
        try (Connection owner = db.connect(); Statement sql = owner.createStatement()) {
            liftAppendOnlyGuard(sql);
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private AuditEvent event(int index) {
        return trail.get(index);
    }

    private long last() {
        return trail.get(trail.size() - 1).id();
    }

    @Test
    void untouchedTheTrailIsIntact() throws SQLException {
        AuditVerification result = restartAndVerify();
        assertEquals(true, result.intact(), result.message());
    }

    @Test
    void aChangedRowIsNamed() throws SQLException {
        long target = event(trail.size() / 2).id();
        tamper("update audit_event set username = 'someone.else' where id = " + target);
        assertBrokenAt(target, restartAndVerify());
    }

    @Test
    void aDeletedRowIsNamed() throws SQLException {
        long target = event(trail.size() / 2).id();
        tamper("delete from audit_event where id = " + target);
        assertBrokenAt(target, restartAndVerify());
    }

    @Test
    void theNewestRowsDeletedWithTheHeadMovedBackAreNamed() throws SQLException {
        AuditEvent keep = event(trail.size() - 3);
        tamper("delete from audit_event where id > " + keep.id(),
                "update audit_chain_head set last_event_id = " + keep.id() + ", last_hash = '" + keep.hash() + "'");
        AuditVerification result = restartAndVerify();
        assertBrokenAt(keep.id() + 1, result);
        assertNotNull(db.call(() -> db.sealer().status().halted()),
                "the sequencer seals nothing onto a chain shorter than its checkpoints");
    }

    @Test
    void aRewrittenRowWithEveryLaterHashRecomputedIsNamed() throws SQLException {
        long target = event(trail.size() / 2).id();
        try (Connection owner = db.connect(); Statement sql = owner.createStatement()) {
            liftAppendOnlyGuard(sql);
            sql.execute("update audit_event set detail = 'nothing happened' where id = " + target);
            String previous = hashOf(owner, target - 1);
            for (long id = target; id <= last(); id++) {
                String hash = recomputed(owner, id, previous);
                sql.execute("update audit_event set prev_hash = '" + previous + "', hash = '" + hash + "' where id = " + id);
                previous = hash;
            }
            sql.execute("update audit_chain_head set last_hash = '" + previous + "'");
        }
        assertBrokenAt(target, restartAndVerify());
    }

    @Test
    void anInsertedRowIsNamed() throws SQLException {
        long position = last() + 1;
        try (Connection owner = db.connect(); Statement sql = owner.createStatement()) {
            liftAppendOnlyGuard(sql);
            sql.execute("insert into audit_event (id, occurred_at, username, user_role, action, patient_id, resource,"
                    + " outcome, purpose, detail, flagged, prev_hash, hash) select " + position + ", occurred_at,"
                    + " 'intruder', user_role, action, patient_id, resource, outcome, purpose, detail, flagged, hash,"
                    + " hash from audit_event where id = " + last());
            String hash = recomputed(owner, position, hashOf(owner, last()));
            sql.execute("update audit_event set hash = '" + hash + "' where id = " + position);
            sql.execute("update audit_chain_head set last_event_id = " + position + ", last_hash = '" + hash + "'");
        }
        assertBrokenAt(position, restartAndVerify());
    }

    @Test
    void aTruncatedTrailIsNamedFromItsFirstEvent() throws SQLException {
        tamper("truncate table audit_event",
                "update audit_chain_head set last_event_id = 0, last_hash = '" + AuditHash.GENESIS + "'");
        assertBrokenAt(1, restartAndVerify());
    }

    private static void assertBrokenAt(long eventId, AuditVerification result) {
        assertFalse(result.intact(), "the tampering went unnoticed: " + result.message());
        assertEquals(eventId, result.firstBrokenEventId(), result.message());
    }

    private static String hashOf(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select hash from audit_event where id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : AuditHash.GENESIS;
            }
        }
    }

    /** The link an editor without the key can compute: the plain SHA-256 of the row. */
    private static String recomputed(Connection c, long id, String previous) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select occurred_at, username, user_role, action, patient_id,"
                + " resource, outcome, purpose, detail, flagged from audit_event where id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                Long patient = r.getObject(5) == null ? null : r.getLong(5);
                return AuditHash.of(previous, id, r.getTimestamp(1).toLocalDateTime(), r.getString(2), r.getString(3),
                        r.getString(4), patient, r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getBoolean(10));
            }
        }
    }
}
