package org.algos.web.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom Flyway connects as: the schema owner when one is set apart, else the runtime user. */
class DatabaseMigratorTest {

    @Test
    void aMigrationUserOtherThanTheRuntimeUserOwnsTheSchema() {
        assertEquals(Optional.of("algos_owner"), DatabaseMigrator.separateOwner("algos", Optional.of("algos_owner")));
        assertEquals(Optional.of("algos_owner"), DatabaseMigrator.separateOwner("algos", Optional.of(" algos_owner ")));
    }

    @Test
    void withoutOneOrWithTheSameOneTheRuntimeUserMigrates() {
        assertEquals(Optional.empty(), DatabaseMigrator.separateOwner("algos", Optional.empty()));
        assertEquals(Optional.empty(), DatabaseMigrator.separateOwner("algos", Optional.of("algos")));
        assertEquals(Optional.empty(), DatabaseMigrator.separateOwner("algos", Optional.of("  ")));
    }

    @Test
    void theRoleNameIsQuotedForTheGrantsCallback() {
        assertEquals("o''brien", DatabaseMigrator.sqlLiteralContent("o'brien"));
        assertEquals("algos", DatabaseMigrator.sqlLiteralContent("algos"));
    }
}
