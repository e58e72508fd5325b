package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDateTime;

import dev.inventoryimport.imports.report.ImportActivity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ThroughputChartTest {

    @Test
    void labelsEachMinuteAndCarriesItsCount() {
        long[] perMinute = new long[60];
        perMinute[59] = 150;
        String json = ThroughputChart.json(new ImportActivity.Throughput(LocalDateTime.of(2024, 2, 16, 9, 1), perMinute));
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("bar", chart.getString("type"));
        var data = chart.getJsonObject("data");
        assertEquals(60, data.getJsonArray("labels").size());
        assertEquals("09:01", data.getJsonArray("labels").getString(0));
        assertEquals("10:00", data.getJsonArray("labels").getString(59));
        assertEquals(150, data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(59));
    }
}
