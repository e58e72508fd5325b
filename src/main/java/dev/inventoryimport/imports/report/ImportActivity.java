package dev.inventoryimport.imports.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The figures of the console's dashboard, each one indexed query. */
@ApplicationScoped
@Transactional
public class ImportActivity {

    /** Import lines by result within a window, and the imports that wrote them. */
    public record Window(long successes, long duplicates, long superseded, long failures, long imports) {
    }

    /** Lines applied per minute over the last hour, oldest minute first. */
    public record Throughput(LocalDateTime firstMinute, long[] perMinute) {
    }

    public record Summary(Map<RequestStatus, Long> requests, Window lastHour, Window lastDay, long backlog,
                          Duration oldestPendingAge, long unopenedFailures, Throughput throughput) {
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    FailureNotices failureNotices;

    public Summary summary() {
        LocalDateTime now = UtcClock.now();
        Map<RequestStatus, Long> requests = new EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            requests.put(s, 0L);
        }
        em.createQuery("SELECT r.status, COUNT(r.id) FROM Request r GROUP BY r.status", Object[].class)
                .getResultList().forEach(t -> requests.put((RequestStatus) t[0], (Long) t[1]));
        LocalDateTime oldest = em.createQuery("SELECT MIN(r.receivedAt) FROM Request r WHERE r.status = :pending",
                        LocalDateTime.class)
                .setParameter("pending", RequestStatus.PENDING).getSingleResult();
        return new Summary(requests, window(now.minusHours(1)), window(now.minusDays(1)),
                requests.get(RequestStatus.PENDING),
                oldest == null ? Duration.ZERO : Duration.between(oldest, now).abs(),
                failureNotices.open(), throughput(now));
    }

    private Window window(LocalDateTime since) {
        Object[] t = em.createQuery("SELECT SUM(i.successes), SUM(i.duplicates), SUM(i.superseded), SUM(i.failures),"
                        + " COUNT(i.id) FROM Import i WHERE i.processedAt >= :since", Object[].class)
                .setParameter("since", since).getSingleResult();
        return new Window(number(t[0]), number(t[1]), number(t[2]), number(t[3]), number(t[4]));
    }

    /** Buckets in Java: the per-import rows of one hour are few enough, and no SQL dialect is needed. */
    private Throughput throughput(LocalDateTime now) {
        LocalDateTime first = now.truncatedTo(ChronoUnit.MINUTES).minusMinutes(59);
        long[] perMinute = new long[60];
        List<Object[]> rows = em.createQuery("SELECT i.processedAt, i.successes FROM Import i"
                        + " WHERE i.processedAt >= :since", Object[].class)
                .setParameter("since", first).getResultList();
        for (Object[] t : rows) {
            long minute = ChronoUnit.MINUTES.between(first, ((LocalDateTime) t[0]).truncatedTo(ChronoUnit.MINUTES));
            if (minute >= 0 && minute < 60) {
                perMinute[(int) minute] += (Integer) t[1];
            }
        }
        return new Throughput(first, perMinute);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
