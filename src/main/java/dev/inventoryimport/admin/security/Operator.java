package dev.inventoryimport.admin.security;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A console user: the name and a Pbkdf2 hash of the password, never the password itself. */
@Entity
@Table(name = "admin_user")
public class Operator {

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected Operator() {
    }

    Operator(String username, String passwordHash, LocalDateTime changedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    void changePassword(String passwordHash, LocalDateTime at) {
        this.passwordHash = passwordHash;
        this.changedAt = at;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }
}
