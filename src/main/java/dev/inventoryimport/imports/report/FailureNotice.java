package dev.inventoryimport.imports.report;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A failure an operator has not looked at yet: a Failed request, or an import with Failure lines.
 * Raised by the import, cleared when the request or its report is opened in the console.
 */
@Entity
@Table(name = "failure_notice")
public class FailureNotice {

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    protected FailureNotice() {
    }

    public long requestId() {
        return requestId;
    }

    public LocalDateTime raisedAt() {
        return raisedAt;
    }
}
