/**
 * The console's searches as JPQL: {@link dev.inventoryimport.platform.query.Where} (optional criteria
 * bound as parameters), {@link dev.inventoryimport.platform.query.Ordering} (a user-chosen sort among
 * named columns) and {@link dev.inventoryimport.platform.query.Page}.
 *
 * <p>They stay beside the Criteria API because a console search is a few optional criteria and a
 * user-chosen sort: here one line per criterion and one map of sortable names; in the Criteria API,
 * without a generated metamodel, the same attribute names as strings, the predicates built again for
 * the count's root, and several times the lines.
 */
package dev.inventoryimport.platform.query;
