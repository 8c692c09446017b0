package org.algos.web.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;
import org.algos.domain.audit.AuditGroupCommit;

/**
 * The application's data source, configured from MicroProfile Config, so one WAR runs on the
 * embedded H2 file database or on the hospital's PostgreSQL by environment variables alone.
 * {@link DatabaseDefaults} picks the driver class from the URL.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = AlgosDataSource.JNDI_NAME,
            className = "${MPCONFIG=algos.db.datasource-class}",
            url = "${MPCONFIG=algos.db.url}",
            user = "${MPCONFIG=algos.db.user}",
            password = "${MPCONFIG=algos.db.password}",
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {
                    "fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=meta-data",
                    "fish.payara.fail-all-connections=true"
            }),
    // The audit group commit's own connections, outside the requests' transactions (AuditGroupCommit).
    @DataSourceDefinition(
            name = AuditGroupCommit.DATA_SOURCE,
            className = "${MPCONFIG=algos.db.datasource-class}",
            url = "${MPCONFIG=algos.db.url}",
            user = "${MPCONFIG=algos.db.user}",
            password = "${MPCONFIG=algos.db.password}",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4,
            properties = {
                    "fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=meta-data",
                    "fish.payara.fail-all-connections=true"
            })
})
@ApplicationScoped
public class AlgosDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/algos";
}
