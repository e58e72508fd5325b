package dev.inventoryimport.imports.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import dev.inventoryimport.imports.LogKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One entry of the inventory log: a read-only mapping for the console's JPQL search
 * ({@link InventoryLog}). {@link dev.inventoryimport.imports.ImportStore} inserts the entries in
 * plain JDBC in the import's own transaction, and retention deletes them the same way.
 * {@code @ReadOnly} and {@link dev.inventoryimport.platform.database.ReadOnlyGuard} keep JPA from ever
 * writing it.
 */
@Entity
@ReadOnly
@Table(name = "inventory_log")
public class InventoryLogEntry {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "logged_at")
    private LocalDateTime loggedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private LogKind kind;

    @Column(name = "request_id")
    private long requestId;

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "message_id")
    private long messageId;

    @Column(name = "source")
    private String source;

    @Column(name = "sku")
    private String sku;

    @Column(name = "sequence_id")
    private Long sequenceId;

    /** The applied sequence id the line lost to (Superseded). */
    @Column(name = "sequence_in_force")
    private Long sequenceInForce;

    @Column(name = "qty_received")
    private BigDecimal qtyReceived;

    @Column(name = "message")
    private String message;

    protected InventoryLogEntry() {
    }

    public long id() {
        return id;
    }

    public LocalDateTime loggedAt() {
        return loggedAt;
    }

    public LogKind kind() {
        return kind;
    }

    public long requestId() {
        return requestId;
    }

    public Long importId() {
        return importId;
    }

    public long messageId() {
        return messageId;
    }

    public String source() {
        return source;
    }

    public String sku() {
        return sku;
    }

    public Long sequenceId() {
        return sequenceId;
    }

    public Long sequenceInForce() {
        return sequenceInForce;
    }

    public BigDecimal qtyReceived() {
        return qtyReceived;
    }

    public String message() {
        return message;
    }
}
