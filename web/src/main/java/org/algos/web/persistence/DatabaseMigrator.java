package org.algos.web.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. A failed migration fails the
 * deployment, so a half-migrated database never serves requests.
 *
 * <p>Flyway connects as the schema owner, {@code algos.db.migration-user}, when one is set apart
 * from the runtime user {@code algos.db.user}; the application's data source, and so every
 * request, keeps the runtime role, to which the PostgreSQL callback
 * {@code afterMigrate__runtime_role_grants.sql} grants row access only (docs/operations.md).
 * Without a migration user, one user does both, as small installations have it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

    /** The modules that bring migrations, in the order their tables depend on each other. */
    static final List<String> MODULES = List.of("domain", "diagnosis", "intervention", "careplan", "web");

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** The Flyway placeholder naming the runtime role in the grants callback. */
    static final String RUNTIME_ROLE_PLACEHOLDER = "algosRuntimeRole";

    @Resource(lookup = AlgosDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "algos.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "algos.db.user")
    private String runtimeUser;

    @Inject
    @ConfigProperty(name = "algos.db.migration-user")
    private Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "algos.db.migration-password")
    private Optional<String> migrationPassword;

    private volatile boolean migrated;
    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .locations(locations(vendor()))
                .failOnMissingLocations(false)
                .placeholders(Map.of(RUNTIME_ROLE_PLACEHOLDER, sqlLiteralContent(runtimeUser)));
        Optional<String> owner = separateOwner(runtimeUser, migrationUser);
        Flyway flyway = owner.map(user -> configuration.dataSource(url, user, migrationPassword.orElse("")))
                .orElseGet(() -> configuration.dataSource(dataSource))
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        migrated = result.success && flyway.info().pending().length == 0;
        String who = owner.map(user -> "as " + user + " for the runtime role " + runtimeUser)
                .orElse("as the runtime user " + runtimeUser);
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, on " + result.database + ", " + who + ")");
    }

    /**
     * The user Flyway connects as instead of the runtime user, if one is configured and differs;
     * empty when one user does both.
     */
    static Optional<String> separateOwner(String runtimeUser, Optional<String> migrationUser) {
        return migrationUser.map(String::strip).filter(user -> !user.isEmpty() && !user.equals(runtimeUser));
    }

    /** The role name as it may stand between single quotes in SQL. */
    static String sqlLiteralContent(String value) {
        return value.replace("'", "''");
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
