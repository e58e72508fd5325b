package dev.inventoryimport.admin.view;

import java.time.format.DateTimeFormatter;

import dev.inventoryimport.imports.report.ImportActivity;
import dev.inventoryimport.platform.Json;
import jakarta.json.JsonArrayBuilder;

/** The dashboard's throughput as a Chart.js bar chart configuration (what {@code p:chart} takes). */
public final class ThroughputChart {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private ThroughputChart() {
    }

    public static String json(ImportActivity.Throughput throughput) {
        JsonArrayBuilder labels = Json.provider().createArrayBuilder();
        JsonArrayBuilder values = Json.provider().createArrayBuilder();
        long[] perMinute = throughput.perMinute();
        for (int i = 0; i < perMinute.length; i++) {
            labels.add(MINUTE.format(throughput.firstMinute().plusMinutes(i)));
            values.add(perMinute[i]);
        }
        return Json.provider().createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.provider().createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.provider().createArrayBuilder().add(Json.provider().createObjectBuilder()
                                .add("label", "Success lines per minute (UTC)")
                                .add("data", values)
                                .add("backgroundColor", "#6366f1"))))
                .add("options", Json.provider().createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.provider().createObjectBuilder()
                                .add("y", Json.provider().createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
