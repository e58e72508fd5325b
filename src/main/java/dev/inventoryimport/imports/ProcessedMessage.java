package dev.inventoryimport.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message id that has been applied, and by which request. Its primary key is what stops two
 * requests carrying the same message from both being applied, even when processed at once.
 * Never removed by retention: duplicate detection must not weaken with age.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage {

    @Id
    @Column(name = "message_id")
    private long messageId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    protected ProcessedMessage() {
    }

    ProcessedMessage(long messageId, long requestId) {
        this.messageId = messageId;
        this.requestId = requestId;
    }

    long requestId() {
        return requestId;
    }
}
