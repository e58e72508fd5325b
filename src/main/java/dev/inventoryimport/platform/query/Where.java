package dev.inventoryimport.platform.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The WHERE clause of a JPQL search, built from optional criteria: a criterion whose value is
 * {@code null} is left out, and every value is bound as a parameter, never pasted into the text.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Where equal(String path, Object value) {
        return add(path, "=", value);
    }

    public Where atLeast(String path, Object value) {
        return add(path, ">=", value);
    }

    public Where atMost(String path, Object value) {
        return add(path, "<=", value);
    }

    public Where greaterThan(String path, Object value) {
        return add(path, ">", value);
    }

    /** A prefix match that treats {@code %} and {@code _} in the prefix as plain characters. */
    public Where startsWith(String path, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String name = "p" + parameters.size();
        clauses.add(path + " LIKE :" + name + " ESCAPE '!'");
        parameters.put(name, prefixPattern(prefix));
        return this;
    }

    /** The LIKE pattern, with {@code ESCAPE '!'}, of every text that starts with {@code prefix}. */
    public static String prefixPattern(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A condition without parameters, always applied. */
    public Where when(boolean apply, String condition) {
        if (apply) {
            clauses.add(condition);
        }
        return this;
    }

    private Where add(String path, String operator, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            clauses.add(path + " " + operator + " :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code ""} without criteria, else {@code " WHERE a AND b"}. */
    public String jpql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
