package dev.inventoryimport.admin;

import java.time.LocalDateTime;

import dev.inventoryimport.admin.view.ZonedTimes;
import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The console's times in the store's zone ({@code STORE_TIME_ZONE}), read once per request so a
 * page shows every time in one zone even while the setting changes: {@code #{storeTime.text(t)}}
 * for a stored (UTC) time, {@code #{storeTime.zone}} in column heads. APIs and CSVs stay in UTC.
 */
@Named("storeTime")
@RequestScoped
public class StoreTimes {

    @Inject
    RuntimeSettings settings;

    private ZonedTimes times;

    @PostConstruct
    void init() {
        times = new ZonedTimes(settings.storeZone());
    }

    public String getZone() {
        return times.label();
    }

    public String text(LocalDateTime utc) {
        return times.text(utc);
    }

    public String precise(LocalDateTime utc) {
        return times.precise(utc);
    }

    /** A time typed into a filter (store zone) as the UTC the database holds. */
    public LocalDateTime toUtc(LocalDateTime local) {
        return times.toUtc(local);
    }
}
