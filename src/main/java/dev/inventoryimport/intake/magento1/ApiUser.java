package dev.inventoryimport.intake.magento1;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Magento 1 API user: a username and the hash of its API key. */
@Entity
@Table(name = "magento1_api_user")
public class ApiUser {

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "api_key_hash", nullable = false)
    private String apiKeyHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ApiUser() {
    }

    public ApiUser(String username, String apiKeyHash, LocalDateTime createdAt) {
        this.username = username;
        this.apiKeyHash = apiKeyHash;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    String apiKeyHash() {
        return apiKeyHash;
    }

    void changeKey(String apiKeyHash) {
        this.apiKeyHash = apiKeyHash;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
