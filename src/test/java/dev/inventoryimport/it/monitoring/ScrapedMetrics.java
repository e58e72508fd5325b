package dev.inventoryimport.it.monitoring;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /metrics} (Prometheus text), as series name with its labels, sorted and
 * without Payara's {@code mp_scope}, to value: {@code inventory_pushes_total{contract="m2_soap",status="200"}}.
 */
final class ScrapedMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Double> series;

    private ScrapedMetrics(Map<String, Double> series) {
        this.series = series;
    }

    static ScrapedMetrics parse(String text) {
        Map<String, Double> series = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            TreeSet<String> labels = new TreeSet<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    if (!l.group(1).equals("mp_scope")) {
                        labels.add(l.group(1) + "=\"" + l.group(2) + "\"");
                    }
                }
            }
            series.put(key(m.group(1), labels), Double.parseDouble(m.group(3)));
        }
        return new ScrapedMetrics(series);
    }

    /** The value of a series; {@code labels} as name, value, name, value... */
    double value(String name, String... labels) {
        TreeSet<String> wanted = new TreeSet<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.add(labels[i] + "=\"" + labels[i + 1] + "\"");
        }
        Double v = series.get(key(name, wanted));
        if (v == null) {
            throw new AssertionError("No series " + key(name, wanted) + " in the scrape; inventory series: "
                    + series.keySet().stream().filter(k -> k.startsWith("inventory_")).toList());
        }
        return v;
    }

    /** The series whose name with labels starts so. */
    java.util.List<String> seriesStartingWith(String prefix) {
        return series.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    private static String key(String name, TreeSet<String> labels) {
        return labels.isEmpty() ? name : name + "{" + String.join(",", labels) + "}";
    }
}
