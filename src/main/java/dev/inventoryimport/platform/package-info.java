/**
 * Wiring shared by every feature: the JNDI names of the server-defined data sources
 * ({@link dev.inventoryimport.platform.DataSources}), schema migrations at start-up, the ShedLock
 * locks that keep scheduled jobs to one instance at a time, id blocks and multi-row inserts for the
 * rows written in plain JDBC, the one JSON provider, the JAX-RS application, the time source, and
 * {@link dev.inventoryimport.platform.CrashPoint}, a test hook that is off in production. No
 * business decisions live here.
 *
 * <p>The lock rows' four statements are ours ({@link dev.inventoryimport.platform.DbTimeLockStorage})
 * because ShedLock's plain-JDBC provider on Maven Central (6.9) times locks by each instance's clock
 * and releases a lock without checking its holder, while a lock must expire by the database's clock
 * and stay with the instance that took it over.
 *
 * <p>{@link dev.inventoryimport.platform.Jdbc} runs the statements of the tables kept in plain JDBC
 * where the console and the feeds use them (which table is kept how: docs/architecture.md), and
 * {@link dev.inventoryimport.platform.ReadOnlyGuard} makes JPA refuse to write the read-only entities
 * of those tables: EclipseLink's {@code @ReadOnly} skips changes to loaded rows but still runs a JPQL
 * {@code UPDATE} or {@code DELETE}, and a session event listener is where every query passes.
 * {@link dev.inventoryimport.platform.Where}, {@link dev.inventoryimport.platform.Ordering} and
 * {@link dev.inventoryimport.platform.Page} stay beside the Criteria API because a console search is
 * a few optional criteria and a user-chosen sort: here one line per criterion and one map of sortable
 * names, bound as parameters; in the Criteria API, without a generated metamodel, the same attribute
 * names as strings, the predicates built again for the count's root, and several times the lines.
 */
package dev.inventoryimport.platform;
