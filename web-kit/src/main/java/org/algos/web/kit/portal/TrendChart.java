package org.algos.web.kit.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js line chart of one measure over time, as the JSON configuration that
 * {@code p:chart} takes: the measure, a dashed line at the baseline (whose point is drawn as a
 * diamond) and triangles where the change from baseline reached the MCID.
 */
public final class TrendChart {

    public static final String LINE = "#0b5c7a";
    public static final String BASELINE = "#7b8794";
    public static final String MCID = "#1f7a3a";

    /** One point of the chart; a null value (an incomplete form) leaves a gap. */
    public record Point(String label, Double value, boolean baseline, boolean mcidReached) {
    }

    private TrendChart() {
    }

    public static String line(String measure, String axisTitle, double axisMax, List<Point> points) {
        return line(measure, axisTitle, axisMax, points, "Baseline", "MCID reached");
    }

    /** As {@link #line(String, String, double, List)}, with the legend's words for the baseline and the MCID marks. */
    public static String line(String measure, String axisTitle, double axisMax, List<Point> points, String baselineLabel,
                       String mcidLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder pointStyles = Json.createArrayBuilder();
        JsonArrayBuilder pointRadii = Json.createArrayBuilder();
        JsonArrayBuilder pointColours = Json.createArrayBuilder();
        JsonArrayBuilder baselineValues = Json.createArrayBuilder();
        JsonArrayBuilder mcidValues = Json.createArrayBuilder();
        Double baseline = points.stream().filter(Point::baseline).map(Point::value).findFirst().orElse(null);
        for (Point p : points) {
            labels.add(p.label());
            addNumber(values, p.value());
            pointStyles.add(p.baseline() ? "rectRot" : p.mcidReached() ? "triangle" : "circle");
            pointRadii.add(p.baseline() || p.mcidReached() ? 7 : 4);
            pointColours.add(p.baseline() ? BASELINE : p.mcidReached() ? MCID : LINE);
            addNumber(baselineValues, baseline);
            addNumber(mcidValues, p.mcidReached() ? p.value() : null);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", measure)
                        .add("data", values)
                        .add("borderColor", LINE)
                        .add("backgroundColor", LINE)
                        .add("pointStyle", pointStyles)
                        .add("pointRadius", pointRadii)
                        .add("pointBackgroundColor", pointColours)
                        .add("pointBorderColor", pointColours)
                        .add("spanGaps", true)
                        .add("tension", 0));
        if (baseline != null) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", baselineLabel)
                    .add("data", baselineValues)
                    .add("borderColor", BASELINE)
                    .add("backgroundColor", BASELINE)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("borderWidth", 1)
                    .add("pointRadius", 0)
                    .add("pointStyle", "rectRot"));
        }
        if (points.stream().anyMatch(Point::mcidReached)) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", mcidLabel)
                    .add("data", mcidValues)
                    .add("showLine", false)
                    .add("borderColor", MCID)
                    .add("backgroundColor", MCID)
                    .add("pointStyle", "triangle")
                    .add("pointRadius", 7));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder()
                                .add("position", "bottom")
                                .add("labels", Json.createObjectBuilder().add("usePointStyle", true))))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder()
                                .add("min", 0)
                                .add("suggestedMax", axisMax)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle))));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static void addNumber(JsonArrayBuilder array, Double value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
