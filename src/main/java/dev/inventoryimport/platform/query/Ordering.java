package dev.inventoryimport.platform.query;

import java.util.Map;

/**
 * A grid's sort: a column name chosen by the user and a direction. Only names of an allowed set
 * reach the query, each mapped to its JPQL path; the id breaks ties so paging is stable.
 */
public record Ordering(String field, boolean ascending) {

    public static Ordering descending(String field) {
        return new Ordering(field, false);
    }

    /**
     * @param allowed   column name to JPQL path
     * @param idPath    the unique key, appended as the tie-breaker
     * @param fallback  used when {@link #field()} is not allowed
     */
    public String jpql(Map<String, String> allowed, String idPath, Ordering fallback) {
        Ordering chosen = field != null && allowed.containsKey(field) ? this : fallback;
        String path = allowed.get(chosen.field);
        String direction = chosen.ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + path + direction;
        return path.equals(idPath) ? order : order + ", " + idPath + direction;
    }
}
