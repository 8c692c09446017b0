package org.algos.web.kit.portal;

import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * A feature's part of the one-look summary at the top of the chart. The chart composes every
 * contributor's tiles, merging tiles with the same key in contributor order; each contributor
 * reads its own data, reduced in the database so that the cost does not grow with the history.
 */
public interface ChartSummaryContributor {

    /** Where the contributor's lines go within a shared tile: lower first. */
    int order();

    /** The tiles of the patient's summary, read within the chart's transaction. */
    List<SummaryTile> tiles(AuthorizedPatient patient);
}
