package org.algos.intervention.web.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Relief over time as the Chart.js line configuration that {@code p:chart} takes: one line per
 * procedure from its immediate relief on the day to the relief reported at each follow-up, on a
 * shared axis of dates, with a dashed line at 50 %, the relief the repeat rules look for.
 */
final class ReliefChart {

    static final String[] COLOURS = {"#0b5c7a", "#c05621", "#1f7a3a", "#6b46c1", "#b83280", "#2c7a7b"};
    static final String THRESHOLD = "#7b8794";
    static final int THRESHOLD_PERCENT = 50;

    /**
     * One procedure's relief by its label on the shared axis: an ISO date, which sorts in time
     * (a same-day follow-up is labelled "date (follow-up)" and sorts just after the day itself).
     */
    record Series(String label, Map<String, Double> reliefByDate) {
    }

    private ReliefChart() {
    }

    /** The configuration, or null when no procedure has any relief to show. */
    static String line(List<Series> series) {
        TreeSet<String> dates = new TreeSet<>();
        series.forEach(s -> dates.addAll(s.reliefByDate().keySet()));
        if (dates.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        dates.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (Series s : series) {
            if (s.reliefByDate().isEmpty()) {
                continue;
            }
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (String date : dates) {
                Double value = s.reliefByDate().get(date);
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value);
                }
            }
            String c = COLOURS[colour++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", values)
                    .add("borderColor", c)
                    .add("backgroundColor", c)
                    .add("pointRadius", 5)
                    .add("spanGaps", true)
                    .add("tension", 0));
        }
        JsonArrayBuilder threshold = Json.createArrayBuilder();
        dates.forEach(d -> threshold.add(THRESHOLD_PERCENT));
        datasets.add(Json.createObjectBuilder()
                .add("label", THRESHOLD_PERCENT + " % relief")
                .add("data", threshold)
                .add("borderColor", THRESHOLD)
                .add("backgroundColor", THRESHOLD)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("borderWidth", 1)
                .add("pointRadius", 0));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder()
                                        .add("min", 0)
                                        .add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", "Relief %")))))
                .build()
                .toString();
    }
}
