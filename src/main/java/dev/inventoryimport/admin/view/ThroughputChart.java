package dev.inventoryimport.admin.view;

import java.time.format.DateTimeFormatter;

import dev.inventoryimport.imports.ImportActivity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** The dashboard's throughput as a Chart.js bar chart configuration (what {@code p:chart} takes). */
public final class ThroughputChart {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private ThroughputChart() {
    }

    public static String json(ImportActivity.Throughput throughput) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        long[] perMinute = throughput.perMinute();
        for (int i = 0; i < perMinute.length; i++) {
            labels.add(MINUTE.format(throughput.firstMinute().plusMinutes(i)));
            values.add(perMinute[i]);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", "SKUs updated per minute (UTC)")
                                .add("data", values)
                                .add("backgroundColor", "#6366f1"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
