package dev.inventoryimport.requests;

import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A push as received: the raw body exactly as sent (the truth an import is made from), what it
 * was, when it came and where it stands. Entity Inventory, operation Update, as the guide shows.
 * A read-only mapping for the console's JPQL searches ({@link RequestSearch}), the request API and
 * the sweeper; every write is plain JDBC: the intake ({@link RequestRows}), the import, "Process now"
 * and retention. {@code @ReadOnly} and {@link dev.inventoryimport.platform.database.ReadOnlyGuard} keep JPA
 * from ever writing it.
 */
@Entity
@ReadOnly
@Table(name = "inventory_request")
public class Request {

    public static final String ENTITY = "Inventory";
    public static final String OPERATION = "Update";

    // RequestRows takes the ids from IdBlocks.
    @Id
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract", nullable = false)
    private Contract contract;

    @Column(name = "entity", nullable = false)
    private String entity;

    @Column(name = "operation", nullable = false)
    private String operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RequestStatus status;

    @Column(name = "repeats_request_id")
    private Long repeatsRequestId;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "processed_at")
    private LocalDateTime processedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When the last attempt that rolled back ended; written by the import, read by the sweeper's query. */
    @Column(name = "last_attempt_at")
    private LocalDateTime lastAttemptAt;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = StoredBody.class)
    @Column(name = "body", nullable = false)
    private byte[] body;

    @Column(name = "answer", nullable = false)
    private String answer;

    @Lob
    @Column(name = "error")
    private String error;

    protected Request() {
    }

    public Long id() {
        return id;
    }

    public long messageId() {
        return messageId;
    }

    public Contract contract() {
        return contract;
    }

    public String entity() {
        return entity;
    }

    public String operation() {
        return operation;
    }

    public RequestStatus status() {
        return status;
    }

    public Long repeatsRequestId() {
        return repeatsRequestId;
    }

    public int lineCount() {
        return lineCount;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public LocalDateTime processedAt() {
        return processedAt;
    }

    public int attempts() {
        return attempts;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public String answer() {
        return answer;
    }

    public String error() {
        return error;
    }
}
