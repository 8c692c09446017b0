package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, the database itself keeps the audit trail append-only, whoever connects: the
 * runtime role the server's requests use may not change, remove or truncate audit events, nor drop
 * their triggers, nor change the schema; the schema owner Flyway migrates as is refused by the
 * triggers. Connects with the credentials the build gives the server (ALGOS_DB_USER, the runtime
 * role, and ALGOS_DB_MIGRATION_USER, the owner). On H2 the file is the server's alone; there the
 * JPA test AppendOnlyTriggerJpaTest shows the trigger.
 */
class AuditAppendOnlyIT {

    /** PostgreSQL's SQLSTATE for a missing privilege or ownership, and the one raise exception gives. */
    private static final String NOT_ALLOWED = "42501";
    private static final String REFUSED_BY_TRIGGER = "P0001";

    private final Clinic clinic = Clinic.builtIn();
    private String url;

    @BeforeEach
    void postgresqlOnly() {
        url = System.getenv("ALGOS_DB_URL");
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("algos.it.database"))
                && url != null && url.startsWith("jdbc:postgresql:"), "PostgreSQL run only");
    }

    private Connection runtimeRole() throws SQLException {
        return connect("ALGOS_DB_USER", "ALGOS_DB_PASSWORD");
    }

    private Connection schemaOwner() throws SQLException {
        return connect("ALGOS_DB_MIGRATION_USER", "ALGOS_DB_MIGRATION_PASSWORD");
    }

    private Connection connect(String userVariable, String passwordVariable) throws SQLException {
        String user = System.getenv(userVariable);
        assertNotNull(user, userVariable + " names the role the server runs with (web/pom.xml, it-postgresql)");
        Connection c = DriverManager.getConnection(url, user, System.getenv(passwordVariable));
        c.setAutoCommit(false);
        return c;
    }

    /** The id of a sealed event about a patient registered now (sealing may take a moment). */
    private long sealedEvent(Connection c) throws SQLException {
        long patient = clinic.newPatient("Sealed", "Event").id();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select max(id) from audit_event where patient_id = " + patient)) {
                r.next();
                long id = r.getLong(1);
                boolean none = r.wasNull();
                c.rollback();
                if (!none) {
                    return id;
                }
            }
            pause();
        }
        throw new AssertionError("no audit event about patient " + patient + " was sealed within 30 s");
    }

    /** The statement fails with that SQLSTATE, and its transaction is rolled back whatever happened. */
    private static SQLException refused(Connection c, String sqlState, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
            assertEquals(sqlState, e.getSQLState(), () -> sql + ": " + e.getMessage());
            return e;
        } finally {
            c.rollback();
        }
    }

    private static List<String> event(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select username, outcome, hash from audit_event where id = " + id)) {
            List<String> columns = new ArrayList<>();
            while (r.next()) {
                columns.addAll(List.of(r.getString(1), r.getString(2), r.getString(3)));
            }
            c.rollback();
            return columns;
        }
    }

    @Test
    void theRuntimeRoleCannotChangeRemoveOrTruncateAuditEventsNorTouchTheirTriggers() throws SQLException {
        try (Connection c = runtimeRole()) {
            long id = sealedEvent(c);
            List<String> before = event(c, id);
            assertEquals(3, before.size());

            refused(c, NOT_ALLOWED, "update audit_event set username = 'someone.else' where id = " + id);
            refused(c, NOT_ALLOWED, "delete from audit_event where id = " + id);
            refused(c, NOT_ALLOWED, "truncate audit_event");
            refused(c, NOT_ALLOWED, "drop trigger audit_event_append_only on audit_event");
            refused(c, NOT_ALLOWED, "alter table audit_event disable trigger all");
            refused(c, NOT_ALLOWED, "create table audit_event_copy (id bigint)");
            refused(c, NOT_ALLOWED, "create or replace function audit_event_is_append_only() returns trigger"
                    + " as $$ begin return new; end; $$ language plpgsql");

            assertEquals(before, event(c, id), "the event is unchanged");
        }
        assertTrue(clinic.as("auditor").get("api/audit/verify").json().getBoolean("intact"));
    }

    @Test
    void theSchemaOwnerIsRefusedByTheTriggers() throws SQLException {
        try (Connection c = schemaOwner()) {
            long id = sealedEvent(c);
            List<String> before = event(c, id);

            SQLException update = refused(c, REFUSED_BY_TRIGGER, "update audit_event set username = 'x' where id = " + id);
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            refused(c, REFUSED_BY_TRIGGER, "delete from audit_event where id = " + id);
            SQLException truncate = refused(c, REFUSED_BY_TRIGGER, "truncate audit_event");
            assertTrue(truncate.getMessage().contains("TRUNCATE refused"), truncate.getMessage());

            assertEquals(before, event(c, id), "the event is unchanged");
        }
    }

    /**
     * Exactly the grants of afterMigrate__runtime_role_grants.sql: rows of every table, fewer on the
     * audit tables, the sequences, nothing on Flyway's history; no superuser, owner of nothing.
     */
    @Test
    void theRuntimeRoleHoldsRowPrivilegesOnlyAndOwnsNothing() throws SQLException {
        try (Connection c = runtimeRole(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select rolsuper, rolcreaterole, rolcreatedb from pg_roles"
                    + " where rolname = current_user")) {
                assertTrue(r.next());
                assertFalse(r.getBoolean(1) || r.getBoolean(2) || r.getBoolean(3), "neither superuser nor role or database maker");
            }
            Map<String, Set<String>> privileges = new TreeMap<>();
            try (ResultSet r = s.executeQuery("select c.relname, c.relkind, pg_get_userbyid(c.relowner) = current_user,"
                    + " p.privilege from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',"
                    + " 'TRIGGER', 'USAGE']) as p(privilege)"
                    + " where n.nspname = current_schema() and c.relkind in ('r', 'p', 'S')"
                    + " and case when c.relkind = 'S' then p.privilege in ('SELECT', 'USAGE', 'UPDATE')"
                    + " and has_sequence_privilege(c.oid, p.privilege)"
                    + " else p.privilege <> 'USAGE' and has_table_privilege(c.oid, p.privilege) end")) {
                while (r.next()) {
                    assertFalse(r.getBoolean(3), r.getString(1) + " is owned by the runtime role");
                    privileges.computeIfAbsent(r.getString(2) + " " + r.getString(1), k -> new TreeSet<>())
                            .add(r.getString(4));
                }
            }
            c.rollback();
            assertEquals(Set.of("INSERT", "SELECT"), privileges.get("r audit_event"));
            assertEquals(Set.of("SELECT", "UPDATE"), privileges.get("r audit_chain_head"));
            assertFalse(privileges.containsKey("r flyway_schema_history"), privileges::toString);
            assertTrue(privileges.containsKey("r patient") && privileges.containsKey("S patient_seq"), privileges::toString);
            privileges.forEach((relation, held) -> assertEquals(expectedOf(relation), held, relation));
        }
    }

    private static Set<String> expectedOf(String relation) {
        return switch (relation) {
            // stored once, never changed
            case "r audit_event", "r clinical_document", "r break_glass_review" -> Set.of("INSERT", "SELECT");
            case "r audit_queue" -> Set.of("DELETE", "INSERT", "SELECT");
            case "r audit_chain_head" -> Set.of("SELECT", "UPDATE");
            default -> relation.startsWith("S ") ? Set.of("SELECT", "USAGE") : Set.of("DELETE", "INSERT", "SELECT", "UPDATE");
        };
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
