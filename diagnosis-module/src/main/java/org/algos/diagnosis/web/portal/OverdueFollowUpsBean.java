package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.algos.diagnosis.assessment.FollowUpQuestionnaires;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.web.kit.portal.PagedRows;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/**
 * "Overdue follow-ups" on the worklist of physicians and nurses: the outcome questionnaires of their
 * patients whose window closed unanswered in the last 90 days, paged in the database, so the team
 * can call the patient before the next point.
 */
@Named
@ViewScoped
public class OverdueFollowUpsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An overdue follow-up as a row. */
    public record Row(long id, long patientId, String patientName, String mrn, String questionnaire, String point,
                      String dueOn) implements Serializable {

        static Row of(FollowUpQuestionnaires.Overdue o) {
            return new Row(o.request().id(), o.request().patientId(), o.patientName(), o.mrn(),
                    InstrumentCatalogue.find(o.request().instrument()).map(i -> i.name()).orElse(o.request().instrument()),
                    o.request().followUpPoint(), Shown.date(o.request().dueOn()));
        }
    }

    @Inject
    private FollowUpQuestionnaires followUps;

    @Inject
    private PortalUser user;

    private final PagedRows<Row> rows = PagedRows.of((page, size) -> followUps.overdue(page, size).map(Row::of),
            row -> String.valueOf(row.id()));

    /** Those who schedule procedures follow them up (as on the procedure page); each page one audited query. */
    public boolean isShown() {
        return user.isMaySchedule();
    }

    public PagedRows<Row> getRows() {
        return rows;
    }
}
