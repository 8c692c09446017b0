package org.algos.web.portal;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;

/**
 * A section of the patient chart. It reads the chart's patient once, when it is first shown, and
 * stays empty when the chart is not shown (access refused).
 */
abstract class ChartSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientChartBean chart;

    @Inject
    PortalUser user;

    /** The chart's patient, or null when the chart is not shown. */
    Long patientId() {
        return chart.getPatient() == null ? null : chart.getPatient().id();
    }

    /** Runs a read or write; known failures become messages and give false, others are rethrown. */
    static boolean attempt(Runnable action) {
        return attempt(action, Map.of());
    }

    /** As {@link #attempt(Runnable)}, naming rejected fields by the form's labels. */
    static boolean attempt(Runnable action, Map<String, String> fieldLabels) {
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
