package dev.inventoryimport.imports;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The report of one processed request: its counters; the lines are {@link ImportLine}s. A read-only
 * mapping for the console's JPQL searches and the request API; {@link ImportStore} inserts it in
 * plain JDBC and retention deletes it the same way. {@code @ReadOnly} and
 * {@link dev.inventoryimport.platform.database.ReadOnlyGuard} keep JPA from ever writing it.
 */
@Entity
@ReadOnly
@Table(name = "inventory_import")
public class Import {

    // ImportStore takes the ids from IdBlocks.
    @Id
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "successes", nullable = false)
    private int successes;

    @Column(name = "duplicates", nullable = false)
    private int duplicates;

    @Column(name = "superseded", nullable = false)
    private int superseded;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "processed_at", nullable = false)
    private LocalDateTime processedAt;

    protected Import() {
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public long messageId() {
        return messageId;
    }

    public int successes() {
        return successes;
    }

    public int duplicates() {
        return duplicates;
    }

    public int superseded() {
        return superseded;
    }

    public int failures() {
        return failures;
    }

    public LocalDateTime processedAt() {
        return processedAt;
    }
}
