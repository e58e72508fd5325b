package dev.inventoryimport.admin.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.inventoryimport.platform.query.Ordering;
import dev.inventoryimport.platform.query.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy data model over a database search: the grid asks for one page and the count,
 * the search runs them in the database. Filters come from the page's own filter form (held by the
 * backing bean), so the grid's column filter map is not used.
 */
public final class LazyRows<T> extends LazyDataModel<T> {

    /** How many rows the grid's search finds, with the backing bean's current filter applied. */
    public interface Counter extends Serializable {
        long count();
    }

    /** One page of them. */
    public interface Loader<T> extends Serializable {
        List<T> load(Ordering ordering, Page page);
    }

    /** A row's unique key, for selection. */
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private static final long COUNT_REUSE_NANOS = 10_000_000_000L;

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;
    /** The page last shown: a selection posted back names rows of it, and the model outlives requests. */
    private List<T> shown = List.of();
    /** Counting a million rows costs more than a page: paging and sorting reuse it for a few seconds. */
    private long counted = -1;
    private long countedAt;

    public LazyRows(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long now = System.nanoTime();
        if (counted < 0 || now - countedAt > COUNT_REUSE_NANOS) {
            counted = counter.count();
            countedAt = now;
        }
        return (int) Math.min(Integer.MAX_VALUE, counted);
    }

    /** The filter changed: the next count is taken afresh. */
    public void filterChanged() {
        counted = -1;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(Page.MAX_SIZE, pageSize));
        shown = loader.load(ordering(sortBy), new Page(Math.max(0, first), size));
        return shown;
    }

    /** The grid's first active sort, or none (the search's default then applies). */
    static Ordering ordering(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return new Ordering(null, false);
        }
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED)
                .sorted()
                .findFirst()
                .map(s -> new Ordering(s.getField(), s.getOrder() == SortOrder.ASCENDING))
                .orElse(new Ordering(null, false));
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return shown.stream().filter(r -> Objects.equals(key.of(r), rowKey)).findFirst().orElse(null);
    }
}
