/**
 * Wiring shared by every feature, and no business decision: the JAX-RS application, the time source,
 * the log context, the one JSON provider, start-up seeding retried against instances starting at
 * once, and {@link dev.inventoryimport.platform.CrashPoint}, a test hook that is off in production.
 * The database's wiring is in {@code database}, the scheduled jobs' in {@code jobs}, the console's
 * query building blocks in {@code query}.
 */
package dev.inventoryimport.platform;
