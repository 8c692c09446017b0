package org.algos.web.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.algos.domain.testkit.AuditTamperContract;
import org.algos.domain.testkit.InMemoryDatabase;

/**
 * Tampering with a stopped PostgreSQL database is found: each test gets a schema of its own in
 * the integration tests' database, created and dropped by the schema owner
 * (ALGOS_DB_MIGRATION_USER, or ALGOS_DB_USER where the two are one), who is also the one editing it.
 */
class AuditTamperPostgresIT extends AuditTamperContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private String database;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String url() {
        return System.getenv("ALGOS_DB_URL");
    }

    private static String owner() {
        return env("ALGOS_DB_MIGRATION_USER", env("ALGOS_DB_USER", "algos"));
    }

    private static String ownerPassword() {
        return env("ALGOS_DB_MIGRATION_PASSWORD", env("ALGOS_DB_PASSWORD", ""));
    }

    @Override
    protected InMemoryDatabase freshDatabase() throws SQLException {
        assumeTrue(url() != null && url().startsWith("jdbc:postgresql:"), "runs against the PostgreSQL of the tests");
        database = "audit_tamper_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        admin("create schema " + database);
        InMemoryDatabase db = InMemoryDatabase.forDomainAt(url() + (url().contains("?") ? "&" : "?") + "currentSchema="
                + database, owner(), ownerPassword());
        db.open("AuditTamperPostgresIT-" + database);
        return db;
    }

    @Override
    protected void liftAppendOnlyGuard(Statement owner) throws SQLException {
        owner.execute("alter table audit_event disable trigger user");
    }

    @Override
    protected void dropDatabase() throws SQLException {
        if (database != null) {
            admin("drop schema if exists " + database + " cascade");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), owner(), ownerPassword()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
