package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlans;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Shown;

/** The chart's care plans, newest first, each opening the care-plan editor; physicians start a new one. */
@Named
@ViewScoped
public class CarePlansSectionBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    /** A plan as a row of the chart. */
    public record Row(long id, String title, String status, String owner, String updated, String problems)
            implements Serializable {

        static Row of(CarePlan p) {
            return new Row(p.id(), p.title(), p.status().code(), p.owner(), Shown.dateTime(p.updatedAt()),
                    String.join("; ", p.problems()));
        }
    }

    @Inject
    private CarePlans carePlans;

    private List<Row> rows = List.of();

    @Override
    public String sectionName() {
        return "care plans";
    }

    @Override
    public String anchor() {
        return "care-plans";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        rows = carePlans.list(patient).stream().map(Row::of).toList();
    }

    @Override
    protected String count(AuthorizedPatient patient) {
        return String.valueOf(carePlans.count(patient));
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Physicians own care plans. */
    public boolean isMayCreate() {
        return user.isPhysician();
    }

    /** Case conferences are the clinicians' meetings. */
    public boolean isMaySeeConferences() {
        return user.isClinician();
    }
}
