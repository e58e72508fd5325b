package dev.inventoryimport.admin;

import java.io.Serializable;
import java.time.Duration;

import dev.inventoryimport.admin.view.ThroughputChart;
import dev.inventoryimport.imports.report.ImportActivity;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The dashboard's figures, refreshed by the page every few seconds. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportActivity activity;

    private ImportActivity.Summary summary;
    private String chart;

    @PostConstruct
    public void refresh() {
        summary = activity.summary();
        chart = ThroughputChart.json(summary.throughput());
    }

    public long count(String status) {
        return summary.requests().get(RequestStatus.valueOf(status));
    }

    public ImportActivity.Summary getSummary() {
        return summary;
    }

    /** "3 min 20 s", "2 h 5 min", "—" when nothing is Pending. */
    public String getOldestPendingAge() {
        return age(summary.backlog() == 0 ? null : summary.oldestPendingAge());
    }

    static String age(Duration d) {
        if (d == null) {
            return "—";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        if (s < 86_400) {
            return s / 3600 + " h " + s % 3600 / 60 + " min";
        }
        return s / 86_400 + " d " + s % 86_400 / 3600 + " h";
    }

    public String getChart() {
        return chart;
    }
}
