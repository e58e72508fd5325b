/**
 * Wiring shared by every feature, and no business decision: the JAX-RS application and how JSON-B
 * writes its answers ({@link dev.inventoryimport.platform.JsonAnswers}), the time source, the log
 * context, the one JSON-P provider, the start-up seeding's retries against instances starting at once
 * ({@link dev.inventoryimport.platform.ConcurrentStart}, MicroProfile Fault Tolerance's {@code @Retry}),
 * and {@link dev.inventoryimport.platform.CrashPoint}, a test hook that is off in production. The
 * database's wiring is in {@code database}, the scheduled jobs' in {@code jobs}, the console's query
 * building blocks in {@code query}.
 */
package dev.inventoryimport.platform;
