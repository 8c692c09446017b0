package org.algos.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The side-by-side summary at the top of the chart ({@link ChartSummary}). */
@Named
@ViewScoped
public class ChartSummaryBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChartSummaryReader reader;

    private ChartSummary summary;

    @PostConstruct
    void load() {
        Long patientId = patientId();
        if (patientId != null) {
            attempt(() -> summary = reader.read(patientId));
        }
    }

    /** Reads the summary again after a change on the chart (a medication added or stopped). */
    public void refresh() {
        load();
    }

    public List<ChartSummary.Tile> getTiles() {
        return summary == null ? List.of() : summary.tiles();
    }
}
