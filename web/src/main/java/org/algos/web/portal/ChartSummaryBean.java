package org.algos.web.portal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartChanged;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.ChartSummaryContributor;
import org.algos.web.kit.portal.SummaryTile;

/** The side-by-side summary at the top of the chart, composed from every feature's contributor. */
@Named
@ViewScoped
public class ChartSummaryBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    private Instance<ChartSummaryContributor> contributors;

    private ChartSummary summary;

    @Override
    public String sectionName() {
        return "summary";
    }

    /** Shown as the chart opens. */
    @Override
    public boolean isReadOnOpen() {
        return true;
    }

    @Override
    public void read(AuthorizedPatient patient) {
        summary = ChartSummary.compose(contributors.stream()
                .sorted(Comparator.comparingInt(ChartSummaryContributor::order))
                .map(c -> c.tiles(patient)).toList());
    }

    /** Reads the summary again after a change on the chart (a medication added or stopped). */
    void chartChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ChartChanged change) {
        reread();
    }

    public List<SummaryTile> getTiles() {
        return summary == null ? List.of() : summary.tiles();
    }
}
