package org.algos.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.web.kit.portal.SummaryLine;
import org.algos.web.kit.portal.SummaryTile;

/**
 * The one-look summary at the top of the chart: pain, function, mood, catastrophizing, MME and
 * goals side by side, each line with its date and, where a baseline exists, the change from it
 * and whether that change is clinically important. Each feature contributes its tiles; tiles
 * with the same key (the diary's line in the pain tile) are merged in contributor order.
 */
public record ChartSummary(List<SummaryTile> tiles) implements Serializable {

    /** The order of the tiles on the page; a tile of another key follows them. */
    static final List<String> ORDER = List.of("pain", "function", "mood", "catastrophizing", "mme", "goals");

    /** Merges the contributors' tiles, given in contributor order. */
    public static ChartSummary compose(List<List<SummaryTile>> contributions) {
        Map<String, SummaryTile> merged = new LinkedHashMap<>();
        ORDER.forEach(key -> merged.put(key, null));
        for (List<SummaryTile> tiles : contributions) {
            for (SummaryTile tile : tiles) {
                SummaryTile before = merged.get(tile.key());
                if (before == null) {
                    merged.put(tile.key(), tile);
                } else {
                    List<SummaryLine> lines = new ArrayList<>(before.lines());
                    lines.addAll(tile.lines());
                    merged.put(tile.key(), new SummaryTile(before.key(), before.title(), List.copyOf(lines),
                            before.emptyText()));
                }
            }
        }
        return new ChartSummary(merged.values().stream().filter(t -> t != null).toList());
    }

    public SummaryTile tile(String key) {
        return tiles.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }
}
