package dev.inventoryimport.admin.audit;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** Who did what, when. Written in the transaction of the action itself: no action without its entry. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    private static final int MAX_DETAIL = 2048;

    @Id
    @TableGenerator(name = "audit_ids", table = "id_gen", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "audit", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_ids")
    private Long id;

    @Column(name = "logged_at", nullable = false)
    private LocalDateTime loggedAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private AuditAction action;

    @Column(name = "detail", nullable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime loggedAt, String actor, AuditAction action, String detail) {
        this.loggedAt = loggedAt;
        this.actor = clip(actor, 64);
        this.action = action;
        this.detail = clip(detail, MAX_DETAIL);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public LocalDateTime loggedAt() {
        return loggedAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
