package dev.inventoryimport.admin.view;

import java.time.format.DateTimeFormatter;

import dev.inventoryimport.imports.ImportActivity;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;

/** The dashboard's throughput as a Chart.js bar chart configuration (what {@code p:chart} takes). */
public final class ThroughputChart {

    /** Looked up once: {@code Json.create...} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private ThroughputChart() {
    }

    public static String json(ImportActivity.Throughput throughput) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        long[] perMinute = throughput.perMinute();
        for (int i = 0; i < perMinute.length; i++) {
            labels.add(MINUTE.format(throughput.firstMinute().plusMinutes(i)));
            values.add(perMinute[i]);
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", "Success lines per minute (UTC)")
                                .add("data", values)
                                .add("backgroundColor", "#6366f1"))))
                .add("options", JSON.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder()
                                .add("y", JSON.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
