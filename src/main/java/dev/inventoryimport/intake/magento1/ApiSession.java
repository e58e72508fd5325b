package dev.inventoryimport.intake.magento1;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Magento 1 API session, kept in the database so it survives a restart and serves every
 * instance. Only the SHA-256 of the session id is stored.
 */
@Entity
@Table(name = "magento1_session")
public class ApiSession {

    @Id
    @Column(name = "session_hash")
    private String sessionHash;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at", nullable = false)
    private LocalDateTime lastUsedAt;

    protected ApiSession() {
    }

    ApiSession(String sessionHash, String username, LocalDateTime at) {
        this.sessionHash = sessionHash;
        this.username = username;
        this.createdAt = at;
        this.lastUsedAt = at;
    }
}
