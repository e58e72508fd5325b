/**
 * What operators and orchestrators watch: MicroProfile Health checks ({@code /health/live},
 * {@code /health/ready}) and the backlog gauges of {@code /metrics}. The counters live with what
 * they count ({@code intake.PushMetrics}, {@code imports.ImportMetrics}). Every look at the
 * database or the broker from here is bounded in time ({@link dev.inventoryimport.monitoring.BoundedCall}):
 * a probe or a scrape answers within seconds even when the other side hangs. It stays hand-written:
 * MicroProfile Fault Tolerance's {@code @Asynchronous @Timeout} starts its clock only when a thread of
 * the shared executor takes the call, so a busy pool would hold a probe past its bound, and it can
 * neither join a call already in flight (which keeps a hung database from piling up threads) nor
 * answer with a result seconds old (which keeps a scrape's gauges to one query).
 */
package dev.inventoryimport.monitoring;
