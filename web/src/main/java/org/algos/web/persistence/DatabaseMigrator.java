package org.algos.web.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. A failed migration fails the
 * deployment, so a half-migrated database never serves requests.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

    /** The modules that bring migrations, in the order their tables depend on each other. */
    static final List<String> MODULES = List.of("domain", "diagnosis", "intervention", "careplan", "web");

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = AlgosDataSource.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean migrated;
    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor()))
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        migrated = result.success && flyway.info().pending().length == 0;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, on " + result.database + ")");
    }

    /**
     * Each module keeps its migrations in db/migration/MODULE/common and, for what only one
     * database understands, db/migration/MODULE/h2 or .../postgresql. Versions 1 to 10 predate
     * the split; newer ones are named V{yyyymmdd}.{module number}.{n} so that two modules never
     * collide (docs/architecture.md).
     */
    static String[] locations(String vendor) {
        return MODULES.stream().flatMap(m -> Stream.of("classpath:db/migration/" + m + "/common",
                "classpath:db/migration/" + m + "/" + vendor)).toArray(String[]::new);
    }

    /** "postgresql" or "h2": the folder of migrations that only that database understands. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
