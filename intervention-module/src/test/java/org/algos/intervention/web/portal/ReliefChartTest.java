package org.algos.intervention.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.intervention.web.portal.ReliefChart;
import org.junit.jupiter.api.Test;

class ReliefChartTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Map<String, Double> relief(Object... dateAndValue) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < dateAndValue.length; i += 2) {
            map.put((String) dateAndValue[i], ((Number) dateAndValue[i + 1]).doubleValue());
        }
        return map;
    }

    @Test
    void oneLinePerProcedureOnASharedAxisOfDatesAndTheFiftyPercentLine() {
        JsonObject chart = parse(ReliefChart.line(List.of(
                new ReliefChart.Series("2025-03-01 Lumbar medial branch block", relief("2025-03-01", 85, "2025-03-15", 60)),
                new ReliefChart.Series("2025-02-01 Caudal epidural", relief("2025-02-01", 40)))));

        assertEquals("line", chart.getString("type"));
        List<String> labels = chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertEquals(List.of("2025-02-01", "2025-03-01", "2025-03-15"), labels, "dates in order");

        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(3, datasets.size());
        JsonArray block = datasets.getJsonObject(0).getJsonArray("data");
        assertEquals(JsonValue.NULL, block.get(0), "no value before the procedure");
        assertEquals(85, block.getJsonNumber(1).intValue());
        assertEquals(60, block.getJsonNumber(2).intValue());
        JsonArray epidural = datasets.getJsonObject(1).getJsonArray("data");
        assertEquals(40, epidural.getJsonNumber(0).intValue());
        assertEquals(JsonValue.NULL, epidural.get(2));

        JsonObject threshold = datasets.getJsonObject(2);
        assertEquals("50 % relief", threshold.getString("label"));
        threshold.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class)
                .forEach(n -> assertEquals(50, n.intValue()));
        assertEquals(100, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    }

    @Test
    void aSameDayFollowUpSortsJustAfterItsDay() {
        JsonObject chart = parse(ReliefChart.line(List.of(
                new ReliefChart.Series("TPI", relief("2025-03-01", 70, "2025-03-01 (follow-up)", 60)),
                new ReliefChart.Series("SIJ", relief("2025-03-02", 50)))));
        List<String> labels = chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertEquals(List.of("2025-03-01", "2025-03-01 (follow-up)", "2025-03-02"), labels);
    }

    @Test
    void noChartWithoutAnyRelief() {
        assertNull(ReliefChart.line(List.of(new ReliefChart.Series("scheduled", Map.of()))));
        assertNull(ReliefChart.line(List.of()));
    }
}
