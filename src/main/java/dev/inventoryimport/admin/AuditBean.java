package dev.inventoryimport.admin;

import java.io.Serializable;

import dev.inventoryimport.admin.audit.AuditAction;
import dev.inventoryimport.admin.audit.AuditEntry;
import dev.inventoryimport.admin.audit.AuditTrail;
import dev.inventoryimport.admin.view.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The audit trail, newest first, optionally of one kind of action. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private AuditAction action;
    private LazyRows<AuditEntry> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> trail.count(action),
                (ordering, page) -> trail.page(action, page),
                entry -> Long.toString(entry.id()));
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
        rows.filterChanged();
    }

    public LazyRows<AuditEntry> getRows() {
        return rows;
    }
}
