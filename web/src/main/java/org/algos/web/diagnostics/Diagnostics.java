package org.algos.web.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the portal tells about its own work when {@code algos.diagnostics.statements} is true
 * (ALGOS_DIAGNOSTICS_STATEMENTS): the number of SQL statements a page cost, written at the end of
 * the page so that tests and benchmarks can hold it to a budget. Off by default.
 */
@Named
@ApplicationScoped
public class Diagnostics {

    @Inject
    @ConfigProperty(name = "algos.diagnostics.statements", defaultValue = "false")
    private boolean statementsShown;

    public boolean isStatementsShown() {
        return statementsShown;
    }

    /** Statements this request has sent so far; read at the end of the page, that is all of them. */
    public int getStatements() {
        return StatementCounter.count();
    }
}
