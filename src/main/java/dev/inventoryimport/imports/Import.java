package dev.inventoryimport.imports;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** The report of one processed request: its counters; the lines are {@link ImportLine}s. */
@Entity
@Table(name = "inventory_import")
public class Import {

    // The import writes its report in JDBC, its id from IdBlocks: the same row, taken the same way.
    @Id
    @TableGenerator(name = "import_ids", table = "id_gen", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "import", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_ids")
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
