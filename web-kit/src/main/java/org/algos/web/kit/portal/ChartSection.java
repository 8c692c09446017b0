package org.algos.web.kit.portal;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;

/**
 * A section of the patient chart, contributed by a feature slice. The chart shell checks access
 * once for the whole page and hands every shown section the proof ({@link AuthorizedPatient});
 * the sections read inside that one transaction and the page writes one audit event naming them.
 */
public abstract class ChartSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected ChartShell chart;

    @Inject
    protected PortalUser user;

    /** The section's name in the chart's audit event, e.g. "diagnoses". */
    public abstract String sectionName();

    /**
     * Whether the signed-in user sees this section. The shell reads only the sections it shows, so
     * a section never asks a service its user's role may not call.
     */
    public boolean isShown() {
        return true;
    }

    /**
     * What the chart's section menu shows beside the section's name, e.g. "3" procedures or
     * "2 · 45 MME"; null for none. Read from what {@link #read} loaded: no query of its own.
     */
    public String getMenuCount() {
        return null;
    }

    /** Reads what the section shows, within the chart's transaction. */
    public abstract void read(AuthorizedPatient patient);

    /** Reads the section again after a change it made: an access check and audit event of its own. */
    protected void reread() {
        chart.reread(this);
    }

    /** The chart's patient, or null when the chart is not shown. */
    protected Long patientId() {
        return chart.getPatient() == null ? null : chart.getPatient().id();
    }

    /** Runs a read or write; known failures become messages and give false, others are rethrown. */
    public static boolean attempt(Runnable action) {
        return attempt(action, Map.of());
    }

    /** As {@link #attempt(Runnable)}, naming rejected fields by the form's labels. */
    public static boolean attempt(Runnable action, Map<String, String> fieldLabels) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            if (!Messages.report(e, fieldLabels)) {
                throw e;
            }
            return false;
        }
    }
}
