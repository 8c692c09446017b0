package org.algos.domain.persistence.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger of V2: refuses every UPDATE and DELETE of a row of
 * the table it is attached to (audit_event, by migration V20261202.1.2 in db/migration/domain/h2).
 *
 * <p>H2 loads the class by name when the trigger is created and again, lazily, when it first
 * fires after the database was opened; it tries its own class loader, then the thread's context
 * class loader, which in Payara is the application's while Flyway migrates and while a request
 * runs. That is why the WAR must not bundle H2: this class has to implement the {@code Trigger}
 * interface of the H2 the server brings. A plain H2 shell without this class on its class path
 * still refuses the change, because the trigger cannot be loaded.
 */
public class AppendOnlyTrigger implements Trigger {

    /** The SQLSTATE PostgreSQL's {@code raise exception} gives, so both databases refuse alike. */
    static final String SQL_STATE = "P0001";

    private String table = "the table";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + operation + " refused", SQL_STATE);
    }
}
