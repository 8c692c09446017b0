package org.algos.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the sign-in page tells a visitor of the demo clinic to look at; nothing outside demo mode. */
@Named
@ApplicationScoped
public class DemoSignInHint {

    @Inject
    @ConfigProperty(name = "algos.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "algos.demo.history", defaultValue = "true")
    private boolean history;

    /** The demo accounts are there. */
    public boolean isShown() {
        return demo;
    }

    /** The patients have their year of history, so the hint names what each shows. */
    public boolean isHistory() {
        return demo && history;
    }
}
