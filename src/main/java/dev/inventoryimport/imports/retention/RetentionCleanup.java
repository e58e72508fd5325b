package dev.inventoryimport.imports.retention;

import java.time.LocalDateTime;

import dev.inventoryimport.imports.Failures;

/**
 * One run of the retention cleanup, in plain Java: the cutoff, then chunk after chunk (each its own
 * transaction, in the {@link Store}) until the old rows are gone. What a chunk deletes and what it
 * never touches is {@link RetentionStore}'s business; this is the loop around it.
 */
public final class RetentionCleanup {

    /** Requests per chunk (one transaction): keeps every transaction short and its locks few. */
    static final int CHUNK_SIZE = 1_000;

    private RetentionCleanup() {
    }

    /** Deletes one chunk of requests processed before the cutoff, with everything kept for them. */
    public interface Store {
        Chunk deleteChunk(LocalDateTime cutoff, int limit);
    }

    /**
     * What one chunk (or a whole run) did.
     *
     * @param picked requests selected for deletion; fewer than the limit means none are left
     */
    public record Chunk(int picked, int requests, int imports, int lines, int logEntries, int notices) {
        public static final Chunk NONE = new Chunk(0, 0, 0, 0, 0, 0);

        Chunk plus(Chunk other) {
            return new Chunk(picked + other.picked, requests + other.requests, imports + other.imports,
                    lines + other.lines, logEntries + other.logEntries, notices + other.notices);
        }
    }

    /**
     * What a run did.
     *
     * @param stoppedBy why it ended before the old rows were all gone (null: it finished); what the
     *                  chunks before it deleted stays deleted
     */
    public record Outcome(LocalDateTime cutoff, int chunks, Chunk deleted, RuntimeException stoppedBy) {

        /** Another instance's cleanup got in the way: routine, the next run goes on. */
        public boolean yieldedToConcurrentRun() {
            return stoppedBy != null && Failures.classify(stoppedBy) == Failures.Kind.CONFLICT;
        }

        /** One line for the log. */
        public String summary(long millis) {
            String s = "Retention, requests processed before " + cutoff + " UTC: deleted " + deleted.requests()
                    + " request(s), " + deleted.imports() + " import(s), " + deleted.lines() + " import line(s), "
                    + deleted.logEntries() + " inventory log row(s), " + deleted.notices() + " failure notice(s) in "
                    + chunks + " chunk(s), " + millis + " ms";
            if (stoppedBy == null) {
                return s;
            }
            return s + (yieldedToConcurrentRun()
                    ? "; stopped early: a concurrent cleanup holds these rows, the next run continues"
                    : "; stopped early: " + Failures.describe(stoppedBy));
        }
    }

    /** Requests processed before this time are deleted: {@code retentionDays} whole days before now. */
    public static LocalDateTime cutoff(LocalDateTime now, int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retention must be at least a day, not " + retentionDays);
        }
        return now.minusDays(retentionDays);
    }

    /**
     * Deletes chunk after chunk until a chunk picks fewer than {@code chunkSize} requests. The cutoff
     * is fixed for the run, so requests processed meanwhile never qualify and the run ends. A chunk
     * that picked requests but deleted none means another instance is deleting the same rows: this
     * run leaves them to it. An error ends the run; the chunks committed before it stay done.
     */
    public static Outcome run(LocalDateTime now, int retentionDays, int chunkSize, Store store) {
        LocalDateTime cutoff = cutoff(now, retentionDays);
        Chunk total = Chunk.NONE;
        int chunks = 0;
        try {
            while (true) {
                Chunk chunk = store.deleteChunk(cutoff, chunkSize);
                if (chunk.picked() == 0) {
                    break;
                }
                chunks++;
                total = total.plus(chunk);
                if (chunk.picked() < chunkSize || chunk.requests() == 0) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            return new Outcome(cutoff, chunks, total, e);
        }
        return new Outcome(cutoff, chunks, total, null);
    }
}
