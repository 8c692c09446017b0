package org.algos.web.kit.portal;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;

/**
 * A section of the patient chart, contributed by a feature slice. The chart shell checks access
 * once for the whole page and hands every shown section the proof ({@link AuthorizedPatient}),
 * inside one transaction with one audit event naming them. When the chart opens, a section either
 * reads what it shows ({@link #isReadOnOpen}: the summary, the safety alerts) or only counts it for
 * the section menu; the others are read when the user opens them, each opening a check and an
 * audit event of its own, so a chart with a long history opens as fast as a new one.
 */
public abstract class ChartSection implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean loaded;
    private String menuCount;

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

    /** Whether the chart reads the section as it opens; the others wait until they are opened. */
    public boolean isReadOnOpen() {
        return false;
    }

    /**
     * The chart section (its menu entry and deep link, e.g. {@code procedures}) this one is shown
     * in; opening it reads every section with this anchor.
     */
    public String anchor() {
        return sectionName();
    }

    /**
     * What the chart's section menu shows beside the section's name, e.g. "3" procedures or
     * "2 · 45 MME", counted in the database within the chart's transaction; null for none.
     */
    protected String count(AuthorizedPatient patient) {
        return null;
    }

    /** Reads what the section shows, within the chart's transaction. */
    protected abstract void read(AuthorizedPatient patient);

    // The methods below are not final: CDI proxies the view-scoped sections by overriding each method.

    /** As the chart opens: reads the section if it is read on open, counts it for the menu otherwise. */
    public void open(AuthorizedPatient patient) {
        if (isReadOnOpen()) {
            load(patient);
        } else {
            loaded = false;
            menuCount = count(patient);
        }
    }

    /** Reads the section (opened, or again after a change) and its count. */
    public void load(AuthorizedPatient patient) {
        read(patient);
        loaded = true;
        menuCount = count(patient);
    }

    /** Whether the section holds what it shows; until then the chart shows its heading and a way to open it. */
    public boolean isLoaded() {
        return loaded;
    }

    public String getMenuCount() {
        return menuCount;
    }

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
