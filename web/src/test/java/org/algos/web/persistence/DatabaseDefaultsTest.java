package org.algos.web.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseDefaultsTest {

    @Test
    void thePostgresqlDriverIsChosenForAPostgresqlUrlAndH2Otherwise() {
        assertEquals(DatabaseDefaults.POSTGRESQL,
                DatabaseDefaults.dataSourceClassFor("jdbc:postgresql://db.hospital:5432/algos"));
        assertEquals(DatabaseDefaults.H2, DatabaseDefaults.dataSourceClassFor("jdbc:h2:file:./data/db/algos"));
        assertEquals(DatabaseDefaults.H2, DatabaseDefaults.dataSourceClassFor(null));
    }
}
