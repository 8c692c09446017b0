package org.algos.web.kit.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.algos.web.kit.portal.TrendChart;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aLineWithTheBaselineAndTheMcidPointsMarked() {
        JsonObject chart = parse(TrendChart.line("ODI", "Disability %", 100, List.of(
                new TrendChart.Point("2025-01-01 10:00", 40.0, true, false),
                new TrendChart.Point("2025-02-01 10:00", null, false, false),
                new TrendChart.Point("2025-03-01 10:00", 30.0, false, true))));

        assertEquals("line", chart.getString("type"));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(3, datasets.size());

        JsonObject measure = datasets.getJsonObject(0);
        assertEquals(40, measure.getJsonArray("data").getJsonNumber(0).intValue());
        assertEquals(JsonValue.NULL, measure.getJsonArray("data").get(1), "an incomplete form leaves a gap");
        assertEquals("rectRot", measure.getJsonArray("pointStyle").getString(0));
        assertEquals("triangle", measure.getJsonArray("pointStyle").getString(2));

        JsonObject baseline = datasets.getJsonObject(1);
        assertEquals("Baseline", baseline.getString("label"));
        JsonArray level = baseline.getJsonArray("data");
        for (int i = 0; i < level.size(); i++) {
            assertEquals(40.0, level.getJsonNumber(i).doubleValue(), "a flat line at the baseline");
        }

        JsonObject mcid = datasets.getJsonObject(2);
        assertEquals("MCID reached", mcid.getString("label"));
        assertEquals(JsonValue.NULL, mcid.getJsonArray("data").get(0));
        assertEquals(30, mcid.getJsonArray("data").getJsonNumber(2).intValue());
    }

    @Test
    void noMcidSeriesUntilTheMcidIsReached() {
        JsonObject chart = parse(TrendChart.line("PHQ9", "PHQ9 score", 27, List.of(
                new TrendChart.Point("2025-01-01 10:00", 12.0, true, false),
                new TrendChart.Point("2025-02-01 10:00", 10.0, false, false))));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals(List.of("2025-01-01 10:00", "2025-02-01 10:00"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList());
    }
}
