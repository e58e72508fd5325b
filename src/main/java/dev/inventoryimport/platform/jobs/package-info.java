/**
 * Interval jobs that run on one instance at a time ({@link dev.inventoryimport.platform.jobs.LeasedIntervalJob}):
 * an EJB timer on every instance, and ShedLock's executor around each run
 * ({@link dev.inventoryimport.platform.jobs.JobLock}).
 *
 * <p>The lock rows' four statements are ours ({@link dev.inventoryimport.platform.jobs.DbTimeLockStorage})
 * because ShedLock's plain-JDBC provider on Maven Central (6.9) times locks by each instance's clock
 * and releases a lock without checking its holder, while a lock must expire by the database's clock
 * and stay with the instance that took it over.
 */
package dev.inventoryimport.platform.jobs;
