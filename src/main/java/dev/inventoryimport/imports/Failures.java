package dev.inventoryimport.imports;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Sorts what went wrong in an import attempt, by walking the cause chain: a conflict with another
 * import (try again now), the database or broker being out of reach (leave the request Pending for
 * the sweeper), or anything else (the request fails, with the error).
 */
public final class Failures {

    /** What to do about a failed attempt. */
    public enum Kind { CONFLICT, UNAVAILABLE, PERMANENT }

    private Failures() {
    }

    public static Kind classify(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockException")) {
                return Kind.CONFLICT;
            }
            if (t instanceof SQLException sql) {
                Kind kind = classify(sql);
                if (kind != null) {
                    return kind;
                }
            }
            if (name.startsWith("jakarta.jms.") || name.startsWith("jakarta.resource.")
                    || name.endsWith("CommunicationsException") || name.contains("PoolingException")) {
                return Kind.UNAVAILABLE;
            }
        }
        return Kind.PERMANENT;
    }

    private static Kind classify(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return Kind.UNAVAILABLE;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        if (state.startsWith("08") || code == 90067 /* H2: connection broken */) {
            return Kind.UNAVAILABLE;
        }
        if (state.equals("40001") || code == 1213 || code == 1205 /* MySQL: deadlock, lock wait timeout */
                || code == 50200 /* H2: lock timeout */ || code == 1062 || code == 23505 /* duplicate key */) {
            return Kind.CONFLICT;
        }
        return null;
    }

    /** The error as operators read it: the innermost messages, without stack traces. */
    public static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        String last = null;
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && (last == null || !last.contains(m))) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(t.getClass().getSimpleName()).append(": ").append(m.strip());
                last = m;
            }
        }
        String s = sb.length() == 0 ? error.getClass().getName() : sb.toString();
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "…";
    }
}
