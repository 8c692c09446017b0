package org.algos.web.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code algos.db.datasource-class} from the database URL, so that hospital IT sets only
 * {@code ALGOS_DB_URL}. Lowest priority: an explicit setting always wins.
 */
public class DatabaseDefaults implements ConfigSource {

    static final String KEY = "algos.db.datasource-class";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    static String dataSourceClassFor(String url) {
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return H2;
    }

    private static String configuredUrl() {
        String url = System.getProperty("algos.db.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("ALGOS_DB_URL");
        }
        return url == null || url.isBlank() ? null : url;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, dataSourceClassFor(configuredUrl()));
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "algos-database-defaults";
    }
}
