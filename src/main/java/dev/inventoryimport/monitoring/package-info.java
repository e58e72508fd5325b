/**
 * What operators and orchestrators watch: MicroProfile Health checks ({@code /health/live},
 * {@code /health/ready}) and the backlog gauges of {@code /metrics}. The counters live with what
 * they count ({@code intake.PushMetrics}, {@code imports.ImportMetrics}). Every look at the
 * database or the broker from here is bounded in time ({@link dev.inventoryimport.monitoring.BoundedCall}):
 * a probe or a scrape answers within seconds even when the other side hangs.
 */
package dev.inventoryimport.monitoring;
