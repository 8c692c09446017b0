package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.SafetyAlert;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

/** Open safety alerts on the chart, which physicians, nurses and psychologists acknowledge. */
@Named
@ViewScoped
public class SafetyAlertsBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    /** An open alert as a table row. */
    public record Row(long id, String raisedAt, String message) implements Serializable {

        static Row of(SafetyAlert alert) {
            return new Row(alert.id(), Shown.dateTime(alert.raisedAt()), alert.message());
        }
    }

    @Inject
    private Assessments assessments;

    private List<Row> alerts = List.of();

    @Override
    public String sectionName() {
        return "safety alerts";
    }

    /** Shown as the chart opens. */
    @Override
    public boolean isReadOnOpen() {
        return true;
    }

    @Override
    public boolean isShown() {
        return user.isMaySeeSafetyAlerts();
    }

    @Override
    public void read(AuthorizedPatient patient) {
        alerts = assessments.openAlerts(patient).stream().map(Row::of).toList();
    }

    public void acknowledge(Row alert) {
        Long patientId = patientId();
        if (attempt(() -> assessments.acknowledge(patientId, alert.id()))) {
            Messages.info("Safety alert acknowledged.");
        }
        reread();
    }

    public List<Row> getAlerts() {
        return alerts;
    }
}
