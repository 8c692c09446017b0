package org.algos.web.kit.portal;

/**
 * The patient chart that sections are shown in. The web module's chart page implements it; the
 * feature slices' sections only see this contract.
 */
public interface ChartShell {

    /** The chart's patient, or null when the chart is not shown (no patient chosen, access refused). */
    PatientRow getPatient();

    /** Reads one section again after a change, under an access check and audit event of its own. */
    void reread(ChartSection section);
}
