package org.algos.domain.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.algos.domain.testkit.InMemoryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On H2, migrated as the server migrates it, the database itself refuses to change, remove or
 * truncate sealed audit events (V20261202.1.2), while adding and reading events still work.
 */
class AppendOnlyTriggerJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    /** A sealed event written as SQL, so the test depends on the table, not on how the trail fills it. */
    private static long sealedEvent(EntityManager em, long id) {
        em.createNativeQuery("insert into audit_event (id, occurred_at, username, user_role, action, patient_id,"
                + " resource, outcome, purpose, detail, flagged, prev_hash, hash) values (?1, timestamp"
                + " '2026-03-16 09:30:00', 'dr.lee', 'physician', 'READ', 7, 'Patient', 'SUCCESS', 'treatment',"
                + " null, false, ?2, ?3)")
                .setParameter(1, id).setParameter(2, "0".repeat(64)).setParameter(3, "a".repeat(64))
                .executeUpdate();
        return id;
    }

    @Test
    void truncatingTheAuditEventsIsRefused() {
        long id = db.call(em -> sealedEvent(em, 900_003));

        PersistenceException refused = assertThrows(PersistenceException.class, () -> db.run(em ->
                em.createNativeQuery("truncate table audit_event").executeUpdate()));
        assertTrue(messages(refused).contains("Cannot truncate"), () -> messages(refused));

        assertEquals(List.of("dr.lee", false, "a".repeat(64)), row(id));
    }

    /** The event's columns, or nothing when it is gone. */
    private static List<Object> row(long id) {
        List<?> rows = db.call(em -> em.createNativeQuery("select username, flagged, hash from audit_event where id = ?1")
                .setParameter(1, id).getResultList());
        return rows.isEmpty() ? List.of() : List.of((Object[]) rows.get(0));
    }

    @Test
    void updatesOfAnAuditEventAreRefusedAndChangeNothing() {
        long id = db.call(em -> sealedEvent(em, 900_001));
        List<Object> before = row(id);
        assertEquals(List.of("dr.lee", false, "a".repeat(64)), before, "inserted and read back");

        PersistenceException refused = assertThrows(PersistenceException.class, () -> db.run(em ->
                em.createNativeQuery("update audit_event set username = 'someone.else' where id = ?1")
                        .setParameter(1, id).executeUpdate()));
        assertTrue(messages(refused).contains("audit_event is append-only: UPDATE refused"), () -> messages(refused));
        assertThrows(PersistenceException.class, () -> db.run(em ->
                em.createNativeQuery("update audit_event set flagged = true").executeUpdate()));

        assertEquals(before, row(id));
    }

    @Test
    void deletionsOfAuditEventsAreRefusedAndRemoveNothing() {
        long id = db.call(em -> sealedEvent(em, 900_002));
        long count = count();

        PersistenceException refused = assertThrows(PersistenceException.class, () -> db.run(em ->
                em.createNativeQuery("delete from audit_event where id = ?1").setParameter(1, id).executeUpdate()));
        assertTrue(messages(refused).contains("audit_event is append-only: DELETE refused"), () -> messages(refused));
        assertThrows(PersistenceException.class, () -> db.run(em ->
                em.createNativeQuery("delete from audit_event").executeUpdate()));

        assertEquals(List.of("dr.lee", false, "a".repeat(64)), row(id));
        assertEquals(count, count());
    }

    private static long count() {
        return db.call(em -> ((Number) em.createNativeQuery("select count(*) from audit_event").getSingleResult())
                .longValue());
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
