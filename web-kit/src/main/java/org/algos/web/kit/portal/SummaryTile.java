package org.algos.web.kit.portal;

import java.io.Serializable;
import java.util.List;

/** A group of the chart summary (pain, function, mood …); {@code emptyText} is shown when it has no line. */
public record SummaryTile(String key, String title, List<SummaryLine> lines, String emptyText) implements Serializable {
}
