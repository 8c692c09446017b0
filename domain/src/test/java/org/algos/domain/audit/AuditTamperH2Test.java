package org.algos.domain.audit;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.algos.domain.testkit.AuditTamperContract;
import org.algos.domain.testkit.InMemoryDatabase;
import org.junit.jupiter.api.io.TempDir;

/** Tampering with a stopped H2 file database, the embedded default, is found. */
class AuditTamperH2Test extends AuditTamperContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path dir;

    @Override
    protected InMemoryDatabase freshDatabase() {
        String name = "tamper-" + DATABASES.incrementAndGet();
        InMemoryDatabase db = InMemoryDatabase.forDomainAt("jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                "algos", "algos");
        db.open("AuditTamperH2Test-" + name);
        return db;
    }

    @Override
    protected void liftAppendOnlyGuard(Statement owner) throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (ResultSet r = owner.executeQuery("select distinct trigger_name from information_schema.triggers"
                + " where upper(event_object_table) = 'AUDIT_EVENT'")) {
            while (r.next()) {
                triggers.add(r.getString(1));
            }
        }
        for (String trigger : triggers) {
            owner.execute("drop trigger if exists \"" + trigger + "\"");
        }
        owner.execute("drop table if exists audit_event_truncate_guard"); // its foreign key stops TRUNCATE
    }
}
